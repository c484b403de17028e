/** A person's name as a button that shows them on the map. */
export function PersonLink({ id, name, onShow }: { id: string; name: string; onShow: (id: string) => void }) {
  return (
    <button type="button" className="link person-link" data-person={id} onClick={() => onShow(id)}>
      {name}
    </button>
  );
}
