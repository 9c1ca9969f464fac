/** Why the last thing asked failed, read out by screen readers as it appears; nothing when there is none. */
export function Problem({ text }: { text: string | null }) {
  return text ? (
    <p class="problem" role="alert">
      {text}
    </p>
  ) : null;
}
