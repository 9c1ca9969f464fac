import { render } from "preact";
import { SignedIn } from "../shared/sign-in.tsx";
import "./scan.css";

function Scanner() {
  return (
    <SignedIn page="scan">
      {(session) => (
        <header>
          <h1>Scanner</h1>
          <span>{session.viewer.apiKey.name}</span>
        </header>
      )}
    </SignedIn>
  );
}

render(<Scanner />, document.getElementById("app") as HTMLElement);
