/**
 * A labelled CSV file input. `resetKey` changes after each import, so the same file can be
 * chosen again (a new key gives a fresh, empty input).
 */
export function CsvFileField({
  label,
  name,
  resetKey,
  onFiles,
}: {
  label: string;
  name: string;
  resetKey: number | string;
  onFiles: (files: FileList | null) => void;
}) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        key={resetKey}
        type="file"
        name={name}
        accept=".csv,text/csv"
        onChange={(event) => onFiles(event.target.files)}
      />
    </label>
  );
}
