import { useState } from "preact/hooks";
import { renderSVG } from "uqr";
import { graphql } from "../graphql/index.ts";
import { errorText, NetworkError, userErrorText } from "./graphql.ts";
import { mutate } from "./mutate.ts";
import { Problem } from "./problem.tsx";
import type { Session } from "./sign-in.tsx";

const createScannerKey = graphql(`
  mutation ScannerKeyCreate($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      secret
      apiKey {
        name
      }
      userErrors {
        field
        message
      }
    }
  }
`);

/** The scanner's address that signs a device in: the key in the fragment, which browsers never send. */
export function scannerAddress(origin: string, key: string): string {
  return `${origin}/scan#key=${encodeURIComponent(key)}`;
}

/**
 * For an admin: a new shop-floor key for a device, shown once as a QR code of the scanner's address with the key
 * in its fragment (a phone's camera app opens the scanner signed in) and as text to paste. By default the key
 * runs only the pages' trusted documents, so a lost handheld can do no more than the scanner does.
 */
export function AddScanner({ session }: { session: Session }) {
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (!session.viewer.permissions.includes("ADMIN")) return null;

  async function create(name: string, trustedDocumentsOnly: boolean) {
    setProblem(null);
    try {
      // Retried under one idempotency key: a lost answer never makes a second key.
      const { data, errors } = await mutate(
        createScannerKey,
        { input: { name, role: "shop-floor", trustedDocumentsOnly } },
        session.key,
      );
      const payload = data?.apiKeyCreate;
      if (payload?.secret && payload.apiKey)
        setCreated({ name: payload.apiKey.name, secret: payload.secret });
      else
        setProblem(payload?.userErrors.length ? userErrorText(payload.userErrors) : errorText(errors ?? []));
    } catch (error) {
      setProblem(error instanceof NetworkError ? error.message : String(error));
    }
  }

  if (created) {
    const address = scannerAddress(location.origin, created.secret);
    const svg = renderSVG(address, { ecc: "M", pixelSize: 6 });
    return (
      <section class="add-scanner" aria-label="New scanner key">
        <p>
          Scan with the device for <strong>{created.name}</strong>; shown only now.
        </p>
        <img
          src={`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`}
          alt="QR code of the scanner's address"
        />
        <p>
          Or paste the key on the device: <code>{created.secret}</code>
        </p>
        <button type="button" onClick={() => setCreated(null)}>
          Done
        </button>
      </section>
    );
  }
  return (
    <form
      class="add-scanner"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        void create(String(form.get("name") ?? "").trim(), form.get("trustedOnly") === "on");
      }}
    >
      <label>
        Device
        <input name="name" required placeholder="scanner 3" autocomplete="off" />
      </label>
      <label>
        <input name="trustedOnly" type="checkbox" defaultChecked />
        Only the scanner's requests
      </label>
      <button type="submit">New scanner key</button>
      <Problem text={problem} />
    </form>
  );
}
