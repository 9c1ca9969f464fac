import { useEffect, useRef, useState } from "preact/hooks";

/** The part of the Barcode Detection API the camera uses (Chrome on Android, Safari 17 and others). */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
declare const BarcodeDetector: { new (): BarcodeDetectorLike } | undefined;

/** How often a frame of the camera is read for a code. */
const FRAME_MS = 250;

/**
 * Scanning with the device's camera, where the browser has `BarcodeDetector` (elsewhere the button is not
 * shown and the scan field takes a keyboard-wedge scanner or typing). It stops at the first code it reads.
 */
export function Camera({ onCode }: { onCode: (code: string) => void }) {
  const [on, setOn] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const report = useRef(onCode);
  report.current = onCode;

  useEffect(() => {
    if (!on || typeof BarcodeDetector === "undefined") return;
    const detector = new BarcodeDetector();
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const read = async () => {
      const element = video.current;
      if (stopped || !element) return;
      const [found] = element.readyState >= 2 ? await detector.detect(element).catch(() => []) : [];
      if (found && !stopped) {
        report.current(found.rawValue);
        setOn(false);
        return;
      }
      timer = setTimeout(read, FRAME_MS);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" } })
      .then((opened) => {
        stream = opened;
        if (stopped || !video.current) return;
        video.current.srcObject = opened;
        void video.current.play();
        void read();
      })
      .catch((error: Error) => {
        setProblem(`The camera did not open: ${error.message}`);
        setOn(false);
      });
    return () => {
      stopped = true;
      clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [on]);

  if (typeof BarcodeDetector === "undefined") return null;
  return (
    <div class="camera">
      <button type="button" class="quiet" onClick={() => setOn(!on)}>
        {on ? "Stop the camera" : "Scan with the camera"}
      </button>
      {on ? <video ref={video} muted playsInline /> : null}
      {problem ? <p class="problem">{problem}</p> : null}
    </div>
  );
}
