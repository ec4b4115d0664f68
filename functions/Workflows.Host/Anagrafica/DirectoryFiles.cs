using System.Globalization;
using System.Text.Json;
using Workflows.Desk.Model;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Anagrafica;

/// <summary>
/// The files of a network's first load and export, one per kind, CSV (Italian column names) or JSON (the stored
/// form). Reading never throws on content: each line that cannot be read says why.
/// </summary>
public static class DirectoryFiles
{
    /// <summary>The CSV columns of desks.</summary>
    public static IReadOnlyList<string> DeskColumns { get; } = ["id", "comune_istat", "nome", "indirizzo", "referente", "email", "orari", "chiusure", "lingua", "attivo"];

    /// <summary>The CSV columns of partners.</summary>
    public static IReadOnlyList<string> PartnerColumns { get; } = ["id", "nome", "ambiti", "comuni", "province", "email_revisori", "giorni_revisione", "lingua", "attivo"];

    /// <summary>The CSV columns of staff entries.</summary>
    public static IReadOnlyList<string> StaffColumns { get; } = ["email", "nome", "ruolo", "sportello", "partner", "attivo"];

    /// <summary>The file name of an export.</summary>
    public static string FileName(string networkId, DirectoryKind kind, DirectoryFormat format) =>
        $"{networkId}-{Plural(kind)}.{(format == DirectoryFormat.Csv ? "csv" : "json")}";

    /// <summary>The entries of <paramref name="kind"/> in <paramref name="text"/>, each line with what is wrong in it.</summary>
    /// <param name="kind">Desks, partners or staff.</param>
    /// <param name="format">CSV or JSON.</param>
    /// <param name="text">The file's content.</param>
    /// <param name="networkId">The network the file is loaded into: every entry is put in it.</param>
    public static IReadOnlyList<ImportLine> Read(DirectoryKind kind, DirectoryFormat format, string text, string networkId) =>
        format == DirectoryFormat.Json ? ReadJson(kind, text, networkId) : ReadCsv(kind, text, networkId);

    /// <summary>The network's entries of <paramref name="kind"/> as a file.</summary>
    public static string Write(DirectoryKind kind, DirectoryFormat format, DirectorySnapshot snapshot, string networkId)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var d = snapshot.Directory;
        if (format == DirectoryFormat.Json)
        {
            object entries = kind switch
            {
                DirectoryKind.Desk => d.DesksOf(networkId),
                DirectoryKind.Partner => d.Partners.Where(p => p.NetworkIds.Contains(networkId)).ToList(),
                DirectoryKind.Staff => snapshot.Staff.Where(s => s.NetworkId == networkId).ToList(),
                _ => d.Networks.Where(n => n.Id == networkId).ToList(),
            };
            return JsonSerializer.Serialize(entries, new JsonSerializerOptions(DirectoryJson.Options) { WriteIndented = true });
        }

        return kind switch
        {
            DirectoryKind.Desk => CsvText.Write(DeskColumns, d.DesksOf(networkId).Select(x => (IReadOnlyList<string>)
                [x.Id, x.ComuneIstat, x.Name, x.Address, x.ReferentName, x.Email, OfficeHoursText.Format(x.OfficeHours), ClosuresText.Format(x.Closures), x.Culture, YesNo(x.Active)])),
            DirectoryKind.Partner => CsvText.Write(PartnerColumns, d.Partners.Where(p => p.NetworkIds.Contains(networkId)).Select(x => (IReadOnlyList<string>)
                [x.Id, x.Name, ListText.Format(x.Topics.Select(t => t.ToString())), ListText.Format(x.Comuni), ListText.Format(x.Provinces),
                 ListText.Format(x.ReviewerEmails), x.EffectiveSla.EscalationBusinessDays.ToString(CultureInfo.InvariantCulture), x.Culture, YesNo(x.Active)])),
            _ => CsvText.Write(StaffColumns, snapshot.Staff.Where(s => s.NetworkId == networkId).Select(x => (IReadOnlyList<string>)
                [x.Email, x.Name, RoleWord(x.Role), x.DeskId ?? string.Empty, x.PartnerId ?? string.Empty, YesNo(x.Active)])),
        };
    }

    /// <summary>The word of a staff role in the files: <c>sportello</c>, <c>partner</c>, <c>coordinatore</c>.</summary>
    public static string RoleWord(StaffRole role) => role switch
    {
        StaffRole.Desk => "sportello",
        StaffRole.Partner => "partner",
        _ => "coordinatore",
    };

    /// <summary>The staff role of a word of the files (Italian or the role's name), or null.</summary>
    public static StaffRole? Role(string? word) => (word ?? string.Empty).Trim().ToLowerInvariant() switch
    {
        "sportello" or "desk" or "referente" => StaffRole.Desk,
        "partner" or "revisore" => StaffRole.Partner,
        "coordinatore" or "coordinatrice" or "coordinator" => StaffRole.Coordinator,
        _ => null,
    };

    /// <summary>The topic named by its id (<c>StartingBusiness</c>) or its Italian label, or null.</summary>
    public static Category? Topic(string word) =>
        Enum.TryParse<Category>(word, ignoreCase: true, out var c) && Enum.IsDefined(c) && !int.TryParse(word, CultureInfo.InvariantCulture, out _)
            ? c
            : Enum.GetValues<Category>().Cast<Category?>().FirstOrDefault(x => string.Equals(CategoryLabels.Italian(x!.Value), word, StringComparison.OrdinalIgnoreCase));

    private static string Plural(DirectoryKind kind) => kind switch
    {
        DirectoryKind.Desk => "sportelli",
        DirectoryKind.Partner => "partner",
        DirectoryKind.Staff => "persone",
        _ => "rete",
    };

    private static string YesNo(bool value) => value ? "sì" : "no";

    private static bool? Bool(string? text) => (text ?? string.Empty).Trim().ToLowerInvariant() switch
    {
        "" or "sì" or "si" or "yes" or "true" or "1" or "attivo" => true,
        "no" or "false" or "0" or "disattivato" => false,
        _ => null,
    };

    private static List<ImportLine> ReadCsv(DirectoryKind kind, string text, string networkId)
    {
        var (header, rows) = CsvText.Read(text);
        var expected = kind switch
        {
            DirectoryKind.Desk => DeskColumns,
            DirectoryKind.Partner => PartnerColumns,
            _ => StaffColumns,
        };
        var missing = expected.Where(c => c is not ("attivo" or "chiusure") && !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return [new ImportLine(1, string.Empty, null, [.. missing.Select(c => new DirectoryProblem(c, DirectoryProblemKind.Required))])];
        }

        return [.. rows.Select(r => kind switch
        {
            DirectoryKind.Desk => DeskLine(r.Line, r.Cells, networkId),
            DirectoryKind.Partner => PartnerLine(r.Line, r.Cells, networkId),
            _ => StaffLine(r.Line, r.Cells, networkId),
        })];
    }

    private static ImportLine DeskLine(int line, IReadOnlyDictionary<string, string> c, string networkId)
    {
        var problems = new List<DirectoryProblem>();
        var (hours, unreadable) = OfficeHoursText.Parse(c["orari"]);
        if (unreadable is not null)
        {
            problems.Add(new("officeHours", DirectoryProblemKind.Unreadable, unreadable));
        }

        var (closures, unreadableClosure) = ClosuresText.Parse(c.GetValueOrDefault("chiusure"));
        if (unreadableClosure is not null)
        {
            problems.Add(new("closures", DirectoryProblemKind.Unreadable, unreadableClosure));
        }

        var active = Bool(c.GetValueOrDefault("attivo"));
        if (active is null)
        {
            problems.Add(new("active", DirectoryProblemKind.Unreadable, c["attivo"]));
        }

        var culture = c["lingua"].Length == 0 ? "it" : c["lingua"].ToLowerInvariant();
        var desk = new InnovationDesk(
            c["id"], c["comune_istat"], c["nome"], c["indirizzo"], c["referente"], c["email"], hours, networkId, culture, active ?? true,
            Closures: c.ContainsKey("chiusure") ? closures : null);
        return new ImportLine(line, c["id"], desk, problems);
    }

    private static ImportLine PartnerLine(int line, IReadOnlyDictionary<string, string> c, string networkId)
    {
        var problems = new List<DirectoryProblem>();
        var topics = new List<Category>();
        foreach (var word in c["ambiti"].Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Topic(word) is { } topic)
            {
                topics.Add(topic);
            }
            else
            {
                problems.Add(new("topics", DirectoryProblemKind.Unreadable, word));
            }
        }

        var days = PartnerSla.Default.EscalationBusinessDays;
        if (c["giorni_revisione"].Length > 0 && !int.TryParse(c["giorni_revisione"], NumberStyles.None, CultureInfo.InvariantCulture, out days))
        {
            problems.Add(new("reviewDays", DirectoryProblemKind.Unreadable, c["giorni_revisione"]));
            days = PartnerSla.Default.EscalationBusinessDays;
        }

        var active = Bool(c.GetValueOrDefault("attivo"));
        if (active is null)
        {
            problems.Add(new("active", DirectoryProblemKind.Unreadable, c["attivo"]));
        }

        var culture = c["lingua"].Length == 0 ? "it" : c["lingua"].ToLowerInvariant();
        var partner = new Partner(
            c["id"], c["nome"], [networkId], topics, ListText.Parse(c["comuni"]), [.. ListText.Parse(c["province"]).Select(p => p.ToUpperInvariant())],
            ListText.Parse(c["email_revisori"]), DirectoryRules.ReviewSla(days), culture, active ?? true);
        return new ImportLine(line, c["id"], partner, problems);
    }

    private static ImportLine StaffLine(int line, IReadOnlyDictionary<string, string> c, string networkId)
    {
        var problems = new List<DirectoryProblem>();
        var role = Role(c["ruolo"]);
        if (role is null)
        {
            problems.Add(new("role", string.IsNullOrWhiteSpace(c["ruolo"]) ? DirectoryProblemKind.Required : DirectoryProblemKind.Unreadable, c["ruolo"]));
        }

        var active = Bool(c.GetValueOrDefault("attivo"));
        if (active is null)
        {
            problems.Add(new("active", DirectoryProblemKind.Unreadable, c["attivo"]));
        }

        var entry = new StaffEntry(
            SignInAddress.Normalize(c["email"]), c["nome"], role ?? StaffRole.Desk, networkId, NullIfEmpty(c["sportello"]), NullIfEmpty(c["partner"]), active ?? true);
        return new ImportLine(line, c["email"], entry, problems);
    }

    private static List<ImportLine> ReadJson(DirectoryKind kind, string text, string networkId)
    {
        try
        {
            var lines = new List<ImportLine>();
            switch (kind)
            {
                case DirectoryKind.Desk:
                    foreach (var (desk, i) in (JsonSerializer.Deserialize<List<InnovationDesk>>(text, DirectoryJson.Options) ?? []).Select((x, i) => (x, i + 1)))
                    {
                        lines.Add(new ImportLine(i, desk.Id, desk with { NetworkId = networkId, OfficeHours = desk.OfficeHours ?? [] }, []));
                    }

                    break;
                case DirectoryKind.Partner:
                    foreach (var (partner, i) in (JsonSerializer.Deserialize<List<Partner>>(text, DirectoryJson.Options) ?? []).Select((x, i) => (x, i + 1)))
                    {
                        lines.Add(new ImportLine(i, partner.Id, partner with
                        {
                            NetworkIds = [networkId],
                            Topics = partner.Topics ?? [],
                            Comuni = partner.Comuni ?? [],
                            Provinces = partner.Provinces ?? [],
                            ReviewerEmails = partner.ReviewerEmails ?? [],
                        }, []));
                    }

                    break;
                default:
                    foreach (var (entry, i) in (JsonSerializer.Deserialize<List<StaffEntry>>(text, DirectoryJson.Options) ?? []).Select((x, i) => (x, i + 1)))
                    {
                        lines.Add(new ImportLine(i, entry.Email, entry with { NetworkId = networkId, Email = SignInAddress.Normalize(entry.Email) }, []));
                    }

                    break;
            }

            return lines;
        }
        catch (JsonException e)
        {
            var at = e.LineNumber is { } n ? (int)n + 1 : 1;
            return [new ImportLine(at, string.Empty, null, [new DirectoryProblem("file", DirectoryProblemKind.Unreadable, e.Path)])];
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
