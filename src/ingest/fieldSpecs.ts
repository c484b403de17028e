/**
 * The fields Weaver reads from each kind of file, with the column names coordinators
 * actually use for them, in English, Spanish, Portuguese and French (the community works
 * across Latin America and the Caribbean). Synonyms are compared after normalizeHeader,
 * so case, accents, spaces, underscores and hyphens do not matter; earlier synonyms win
 * when several columns match the same field.
 */
import type { FileKind } from "../model/types";

export interface FieldSpec {
  field: string;
  label: string;
  required: boolean;
  synonyms: string[];
  help: string;
}

/** Synonym lists are written "a|b|c" to keep this table readable. */
function words(list: string): string[] {
  return list.split("|").map((w) => w.trim());
}

const PERSON_ID = "person id|member id|participant id|user id|id persona|id miembro";

const PEOPLE: FieldSpec[] = [
  {
    field: "id",
    label: "Identifier",
    required: true,
    synonyms: words(`id|${PERSON_ID}|identifier|uid|key|code|identificador|codigo|clave`),
    help: "A unique code per person. Without an id column, the e-mail (or else the name) is used.",
  },
  {
    field: "name",
    label: "Name",
    required: false,
    synonyms: words("name|full name|display name|person name|member name|nombre|nombre completo"),
    help: "How the person is shown on the map.",
  },
  {
    field: "firstName",
    label: "First name",
    required: false,
    synonyms: words("first name|given name|first|nombres|primer nombre|prenom|primeiro nome"),
    help: "Used with the last name when there is no full-name column.",
  },
  {
    field: "lastName",
    label: "Last name",
    required: false,
    synonyms: words("last name|surname|family name|last|apellido|apellidos|sobrenome|nom de famille"),
    help: "Added after the first name (or after a name column that holds only first names).",
  },
  {
    field: "email",
    label: "E-mail",
    required: false,
    synonyms: words("email|mail|email address|correo|correo electronico|courriel|endereco de email"),
    help: "Used to recognise the same person in interaction and attendance files.",
  },
  {
    field: "organization",
    label: "Organization",
    required: false,
    synonyms: words(`organization|organisation|org|organización|organização|institution|institución|
      instituição|entidad|company|empresa|agency|affiliation|employer`),
    help: "The organisation the person works for.",
  },
  {
    field: "sector",
    label: "Sector",
    required: false,
    synonyms: words(`sector|setor|secteur|organization type|type of organization|tipo de organizacion`),
    help: "e.g. national federation, NGO, public authority, UN agency, academia.",
  },
  {
    field: "region",
    label: "Region",
    required: false,
    synonyms: words("region|country|pais|pays|territory|territorio|location|ubicacion|zona"),
    help: "Country or region.",
  },
  {
    field: "role",
    label: "Role",
    required: false,
    synonyms: words("role|rol|papel|funcao|función|function|position|cargo|job title|title"),
    help: "coordinator, facilitator, expert, knowledge manager, member, …",
  },
  {
    field: "groups",
    label: "Groups",
    required: false,
    synonyms: words(`groups|group|communities|community|working groups|working group|
      communities of practice|teams|grupos|grupo|comunidades|comunidad|comunidade|
      grupos de trabajo|groupes|communautes`),
    help: "Communities or working groups, separated by ; or |.",
  },
  {
    field: "status",
    label: "Status",
    required: false,
    synonyms: words(`status|membership status|member status|membership|estado|estatus|situacion|situação|
      statut`),
    help: "member, prospect or former (active, alumni, candidate… are understood). Empty means member.",
  },
  {
    field: "joined",
    label: "Joined",
    required: false,
    synonyms: words(`joined|join date|joined on|date joined|member since|since|start date|
      registration date|fecha de ingreso|fecha de alta|fecha de registro|ingreso|alta|
      data de entrada|data de adesao|date d'adhesion`),
    help: "When the person joined (a date).",
  },
];

const INTERACTIONS: FieldSpec[] = [
  {
    field: "source",
    label: "From",
    required: true,
    synonyms: words(`source|from|sender|person a|person 1|source id|from id|origin|ego|de|desde|origen|
      remitente|emisor|remetente|origem|expediteur|persona a|pessoa a`),
    help: "One person of the interaction (who sent, called or invited).",
  },
  {
    field: "target",
    label: "To",
    required: true,
    synonyms: words(`target|to|recipient|receiver|person b|person 2|target id|to id|destination|alter|
      para|a|destinatario|receptor|destino|destinataire|persona b|pessoa b`),
    help: "The other person of the interaction.",
  },
  {
    field: "date",
    label: "Date",
    required: false,
    synonyms: words("date|when|day|datetime|timestamp|sent|fecha|data|dia|jour"),
    help: "When it happened (many date formats are understood).",
  },
  {
    field: "type",
    label: "Type",
    required: false,
    synonyms: words("type|channel|kind|medium|interaction type|tipo|canal|medio|categoria|category"),
    help: "meeting, email, message, co-authoring, …",
  },
  {
    field: "weight",
    label: "Weight",
    required: false,
    synonyms: words(`weight|count|times|frequency|strength|n|peso|cantidad|frecuencia|quantidade|poids`),
    help: "How many interactions or how strong (a positive number; empty means 1).",
  },
];

const ATTENDANCE: FieldSpec[] = [
  {
    field: "person",
    label: "Person",
    required: true,
    synonyms: words(`person|attendee|participant|member|${PERSON_ID}|participante|asistente|persona|
      pessoa|participant name|attendee name|email|correo|name|full name|nombre|nome`),
    help: "Who attended (id, e-mail or name; e-mail is preferred when there are several).",
  },
  {
    field: "event",
    label: "Event",
    required: true,
    synonyms: words(`event|meeting|session|webinar|workshop|activity|event name|meeting name|training|
      evento|reunion|sesion|taller|actividad|seminario|encuentro|capacitacion|reuniao|
      sessao|oficina|atividade|evenement|atelier|seance`),
    help: "The meeting, webinar or workshop.",
  },
  {
    field: "date",
    label: "Date",
    required: false,
    synonyms: words("date|event date|meeting date|when|day|fecha|data|dia|jour"),
    help: "When the event took place.",
  },
];

export const FIELDS: Record<FileKind, FieldSpec[]> = {
  people: PEOPLE,
  interactions: INTERACTIONS,
  attendance: ATTENDANCE,
};

/** Words in a file name that hint at its kind, used only to break ties between kinds. */
export const FILE_NAME_HINTS: Record<FileKind, string[]> = {
  people: words(
    "people|person|members|member|registry|register|roster|directory|miembros|personas|registro|membros|pessoas|membres",
  ),
  interactions: words(
    "interactions|interaction|edges|ties|links|messages|emails|contacts|interacciones|interacoes|contactos",
  ),
  attendance: words(
    "attendance|attendees|participants|events|sessions|webinars|asistencia|asistentes|participantes|eventos|presenca|presence",
  ),
};
