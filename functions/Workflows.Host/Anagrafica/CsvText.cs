using System.Text;

namespace Workflows.Host.Anagrafica;

/// <summary>
/// CSV as spreadsheets write it (RFC 4180 quoting; comma or semicolon, the separator of the header line, since Italian
/// spreadsheets save with semicolons). Written with commas and a header.
/// </summary>
public static class CsvText
{
    /// <summary>The rows of <paramref name="text"/>: the header's names (lower-case) and each line's cells by name, with its line number.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<(int Line, IReadOnlyDictionary<string, string> Cells)> Rows) Read(string text)
    {
        var lines = Split(text ?? string.Empty);
        if (lines.Count == 0)
        {
            return ([], []);
        }

        var header = lines[0].Cells.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var rows = new List<(int, IReadOnlyDictionary<string, string>)>();
        foreach (var (line, cells) in lines.Skip(1))
        {
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var byName = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                byName[header[i]] = i < cells.Count ? cells[i].Trim() : string.Empty;
            }

            rows.Add((line, byName));
        }

        return (header, rows);
    }

    /// <summary>A CSV file with <paramref name="header"/> and <paramref name="rows"/>.</summary>
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', header.Select(Quote)).Append("\r\n");
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        return text.ToString();
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', ';', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static List<(int Line, List<string> Cells)> Split(string text)
    {
        var firstLine = text.Split('\n', 2)[0];
        var separator = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
        var result = new List<(int, List<string>)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var line = 1;
        var start = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(cell.ToString());
                cell.Clear();
                result.Add((start, cells));
                cells = [];
                line++;
                start = line;
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            result.Add((start, cells));
        }

        return result;
    }
}
