/** The value at `fraction` (0.5: the median) of ascending `sorted` figures, by nearest rank; 0 when empty. */
export function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * fraction) - 1)] ?? 0;
}
