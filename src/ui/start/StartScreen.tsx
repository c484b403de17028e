import { useAppDispatch, useAppState } from "../state/AppContext";
import { useImportFlow } from "../state/useImportFlow";
import { FileDropZone } from "./FileDropZone";

const FILE_KINDS_EXPLAINED = [
  {
    name: "People",
    example: "people.csv",
    text: "your member registry: one row per person, with name, e-mail, organisation, sector, region, role, groups and status. Only an identifier is needed.",
  },
  {
    name: "Interactions",
    example: "interactions.csv",
    text: "who met, wrote or worked with whom: one row per meeting, e-mail or joint piece of work, with a date and type if you have them.",
  },
  {
    name: "Attendance",
    example: "attendance.csv",
    text: "who came to which webinar, workshop or meeting. People who attend the same small event are connected.",
  },
];

export function StartScreen() {
  const { busy, network } = useAppState();
  const { loadSample, openFiles } = useImportFlow();
  const working = busy !== null;

  return (
    <main className="start" aria-labelledby="start-title">
      <section className="intro">
        <h1 id="start-title">See who works with whom in your community of practice</h1>
        <p>
          Weaver turns the lists you already keep — the member registry, meeting and e-mail logs, attendance
          sheets — into a map of your community: who is connected to whom, which sectors talk to each other,
          who holds the network together and who is left on the edge.
        </p>
        <p className="privacy">
          Your files stay on this computer. They are read inside this browser tab and never sent anywhere.
        </p>
      </section>

      <div className="start-options">
        <section className="card" aria-labelledby="sample-title">
          <h2 id="sample-title">Try it with a sample community</h2>
          <p>
            About 340 people in a sport-for-development network across Latin America and the Caribbean: sport
            federations, NGOs, public authorities, UN agencies, banks, companies, universities and public
            health, working in three communities.
          </p>
          <button
            type="button"
            className="button primary"
            onClick={() => void loadSample()}
            disabled={working}
          >
            Load sample community
          </button>
        </section>

        <section className="card" aria-labelledby="own-title">
          <h2 id="own-title">Use your own files</h2>
          <ul className="kinds">
            {FILE_KINDS_EXPLAINED.map((kind) => (
              <li key={kind.name}>
                <strong>{kind.name}</strong> <span className="muted">({kind.example})</span>: {kind.text}
              </li>
            ))}
          </ul>
          <FileDropZone onFiles={(files) => void openFiles(files)} disabled={working} />
        </section>
      </div>

      {network && (
        <p className="back-link">
          <BackToNetwork />
        </p>
      )}
    </main>
  );
}

function BackToNetwork() {
  const dispatch = useAppDispatch();
  return (
    <button type="button" className="button" onClick={() => dispatch({ type: "show", screen: "network" })}>
      Back to the network
    </button>
  );
}
