import type { PersonMeasures } from "../../analysis/analyzeNetwork";
import { BROKERAGE_ROLES, type BrokerageRole } from "../../analysis/brokerage";
import { columnById } from "../../analysis/registry";
import { InfoButton } from "../common/InfoButton";
import { formatValue } from "../common/measureFormat";
import { PersonLink } from "../common/PersonLink";

/** Which of the three people (contact a, broker v, contact b) share a sector, per role. */
const ROLE_GROUPS: Record<BrokerageRole, [a: number, v: number, b: number]> = {
  coordinator: [0, 0, 0],
  itinerant: [1, 0, 1],
  representative: [0, 0, 1],
  gatekeeper: [1, 0, 0],
  liaison: [1, 0, 2],
};

const GROUP_COLOURS = ["#0072B2", "#D55E00", "#009E73"];
const GROUP_SHAPES = ["circle", "square", "diamond"] as const;

/** A two-step path a – v – b drawn with one colour and shape per sector: the role at a glance. */
export function RoleGlyph({ role }: { role: BrokerageRole }) {
  const xs = [12, 46, 80];
  return (
    <svg width={92} height={28} viewBox="0 0 92 28" aria-hidden="true" className="role-glyph">
      <line x1={xs[0]} y1={14} x2={xs[2]} y2={14} className="glyph-tie" />
      {ROLE_GROUPS[role].map((group, i) => (
        <Mark
          key={i}
          x={xs[i]!}
          shape={GROUP_SHAPES[group]!}
          colour={GROUP_COLOURS[group]!}
          broker={i === 1}
        />
      ))}
    </svg>
  );
}

function Mark({ x, shape, colour, broker }: { x: number; shape: string; colour: string; broker: boolean }) {
  const r = broker ? 9 : 7;
  const stroke = broker ? "#1F2933" : "#FFFFFF";
  if (shape === "square") {
    return (
      <rect
        x={x - r + 1}
        y={14 - r + 1}
        width={2 * r - 2}
        height={2 * r - 2}
        fill={colour}
        stroke={stroke}
        strokeWidth={2}
      />
    );
  }
  if (shape === "diamond") {
    return (
      <polygon
        points={`${x},${14 - r} ${x + r},14 ${x},${14 + r} ${x - r},14`}
        fill={colour}
        stroke={stroke}
        strokeWidth={2}
      />
    );
  }
  return <circle cx={x} cy={14} r={r} fill={colour} stroke={stroke} strokeWidth={2} />;
}

/** The five roles, each with its picture and its meaning in plain words. */
export function RoleGlossary() {
  return (
    <dl className="role-glossary" data-testid="role-glossary">
      {BROKERAGE_ROLES.map((role) => {
        const column = columnById(`brokerage.${role}`);
        return (
          <div key={role}>
            <dt>
              <RoleGlyph role={role} />
              {column.label}
            </dt>
            <dd>{column.explanation}</dd>
          </div>
        );
      })}
    </dl>
  );
}

const TABLE_COLUMNS = [
  ...BROKERAGE_ROLES.map((role) => `brokerage.${role}`),
  "brokerage.total",
  "participation",
  "eiIndex",
].map(columnById);

/** The people who broker most, with their roles, participation and E-I index. */
export function BrokerTable({ people, onShow }: { people: PersonMeasures[]; onShow: (id: string) => void }) {
  return (
    <div className="table-scroll">
      <table className="data-table compact" data-testid="broker-table">
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Sector</th>
            {TABLE_COLUMNS.map((column) => (
              <th key={column.id} scope="col" className="number">
                <span className="th-inner">
                  <span title={column.explanation}>{column.label}</span>
                  <InfoButton item={column} />
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id}>
              <th scope="row">
                <PersonLink id={person.id} name={person.name} onShow={onShow} />
              </th>
              <td>{person.sector}</td>
              {TABLE_COLUMNS.map((column) => (
                <td key={column.id} className="number">
                  {formatValue(column.value(person), column.format)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
