interface DataTableProps<Key extends string> {
  columns: Record<Key, string>;
  rows: ReadonlyArray<Record<Key, string>>;
  rowKey: NoInfer<Key>;
}

/** A plain table in Acme's style for the static demo pages. */
export function DataTable<Key extends string>({ columns, rows, rowKey }: DataTableProps<Key>) {
  const keys = Object.keys(columns) as Key[];
  return (
    <div className="acme-card">
      <table className="acme-table">
        <thead>
          <tr>
            {keys.map((key) => (
              <th key={key} scope="col">
                {columns[key]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row[rowKey]}>
              {keys.map((key) => (
                <td key={key}>{row[key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
