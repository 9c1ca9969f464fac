import { useEffect, useState } from "preact/hooks";
import type { SignedInQuery } from "../graphql/graphql.ts";
import { graphql } from "../graphql/index.ts";
import { errorText, execute, NetworkError } from "./graphql.ts";
import { Problem } from "./problem.tsx";
import { rememberedViewer, rememberViewer, signedInKey, signIn, signOut } from "./session.ts";

const signedIn = graphql(`
  query SignedIn {
    me {
      apiKey {
        id
        name
        role {
          name
        }
      }
      permissions
    }
  }
`);

export type Viewer = SignedInQuery["me"];

export interface Session {
  key: string;
  viewer: Viewer;
  signOut(): void;
}

/**
 * The page's key, checked by the server (`me`) before the page shows: a page signed in with a revoked key asks
 * for another. `children` renders the page once signed in.
 */
export function SignedIn(props: { page: string; children: (session: Session) => preact.ComponentChildren }) {
  const [key, setKey] = useState(() => signedInKey(props.page));
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!key) return;
    let current = true;
    execute(signedIn, {}, { key })
      .then(({ data, errors }) => {
        if (!current) return;
        if (data) {
          rememberViewer(props.page, data.me);
          setViewer(data.me);
        } else {
          signOut(props.page);
          setKey(null);
          setProblem(errors ? errorText(errors) : "The server did not accept the key");
        }
      })
      .catch((error: unknown) => {
        if (!current) return;
        // Offline, a key the server accepted before runs the page; the server still checks every request.
        const known = error instanceof NetworkError ? rememberedViewer<Viewer>(props.page) : null;
        if (known) setViewer(known);
        else setProblem(error instanceof NetworkError ? error.message : String(error));
      });
    return () => {
      current = false;
    };
  }, [key, props.page]);

  if (key && viewer) {
    return (
      <>
        {props.children({
          key,
          viewer,
          signOut: () => {
            signOut(props.page);
            setViewer(null);
            setKey(null);
          },
        })}
      </>
    );
  }
  return (
    <form
      class="sign-in"
      onSubmit={(event) => {
        event.preventDefault();
        const value = new FormData(event.currentTarget).get("key");
        if (typeof value !== "string" || !value.trim()) return;
        signIn(props.page, value);
        setProblem(null);
        setKey(value.trim());
      }}
    >
      <label>
        API key
        <input name="key" type="password" autocomplete="off" placeholder="bgk_…" />
      </label>
      <button type="submit">Sign in</button>
      {key && !problem ? <p class="status">Checking the key…</p> : null}
      <Problem text={problem} />
    </form>
  );
}
