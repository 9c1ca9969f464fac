import { render } from "preact";
import { SignedIn } from "../shared/sign-in.tsx";
import "./board.css";

function Board() {
  return (
    <SignedIn page="board">
      {(session) => (
        <header>
          <h1>Board</h1>
          <span>{session.viewer.apiKey.name}</span>
        </header>
      )}
    </SignedIn>
  );
}

render(<Board />, document.getElementById("app") as HTMLElement);
