using Workflows.Desk.Model;

namespace Workflows.Host.Anagrafica;

/// <summary>
/// A network's first load from a file: <see cref="PreviewAsync"/> (the dry run) lists every line with its problems;
/// <see cref="ApplyAsync"/> saves the lines only when none has a problem, through the same checks as the pages.
/// Idempotent: a line already stored as it is changes nothing and records nothing.
/// </summary>
public sealed class DirectoryImport(NetworkRegistry registry, ILogger<DirectoryImport> logger)
{
    /// <summary>Reads and checks the file without saving anything.</summary>
    public async Task<IReadOnlyList<ImportLine>> PreviewAsync(DirectoryKind kind, DirectoryFormat format, string text, string networkId, CancellationToken cancellationToken)
    {
        var snapshot = await registry.GetAsync(cancellationToken).ConfigureAwait(false);
        var d = snapshot.Directory;
        var networks = d.Networks.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = new List<ImportLine>();
        foreach (var line in DirectoryFiles.Read(kind, format, text, networkId))
        {
            var problems = new List<DirectoryProblem>(line.Problems);
            switch (line.Entry)
            {
                case InnovationDesk desk:
                    problems.AddRange(registry.CheckDesk(Merged(desk, d.FindDesk(desk.Id)), d));
                    if (d.FindDesk(desk.Id) is { } other && other.NetworkId != networkId)
                    {
                        problems.Add(new("id", DirectoryProblemKind.OtherNetwork, desk.Id));
                    }

                    break;
                case Partner partner:
                    var stored = d.FindPartner(partner.Id);
                    if (stored is not null && !stored.NetworkIds.Contains(networkId))
                    {
                        problems.Add(new("id", DirectoryProblemKind.OtherNetwork, partner.Id));
                    }

                    problems.AddRange(DirectoryRules.Check(Merged(partner, stored), ComuniCatalogue.Piemonte, networks));
                    break;
                case StaffEntry entry:
                    problems.AddRange(NetworkRegistry.CheckStaff(entry, d));
                    if (snapshot.FindStaff(entry.Email) is { } known && known.NetworkId != networkId)
                    {
                        problems.Add(new("email", DirectoryProblemKind.OtherNetwork, entry.Email));
                    }

                    break;
            }

            if (line.Entry is not null && !seen.Add(line.Id))
            {
                problems.Add(new("id", DirectoryProblemKind.IdInvalid, line.Id));
            }

            lines.Add(line with { Problems = [.. problems.Distinct()] });
        }

        return lines;
    }

    /// <summary>Saves every line when none has a problem; returns the preview and how many entries changed.</summary>
    public async Task<(IReadOnlyList<ImportLine> Lines, int Changed)> ApplyAsync(
        DirectoryKind kind, DirectoryFormat format, string text, string networkId, string by, CancellationToken cancellationToken)
    {
        var lines = await PreviewAsync(kind, format, text, networkId, cancellationToken).ConfigureAwait(false);
        if (lines.Count == 0 || lines.Any(l => l.Problems.Count > 0 || l.Entry is null))
        {
            return (lines, 0);
        }

        var changed = 0;
        foreach (var line in lines)
        {
            var write = line.Entry switch
            {
                InnovationDesk desk => await registry.SaveDeskAsync(Merged(desk, registry.Current.Directory.FindDesk(desk.Id)), by, cancellationToken).ConfigureAwait(false),
                Partner partner => await registry.SavePartnerAsync(Merged(partner, registry.Current.Directory.FindPartner(partner.Id)), by, cancellationToken).ConfigureAwait(false),
                StaffEntry entry => await registry.SaveStaffAsync(entry, by, cancellationToken).ConfigureAwait(false),
                _ => new DirectoryWrite([], "unchanged"),
            };
            changed += write.Change is "unchanged" or null ? 0 : 1;
        }

        logger.Imported(kind, networkId, changed);
        return (lines, changed);
    }

    // A file without closures (an older CSV without the column, a JSON entry without the member) keeps the stored ones.
    private static InnovationDesk Merged(InnovationDesk desk, InnovationDesk? stored) =>
        desk.Closures is null && stored is not null ? desk with { Closures = stored.Closures } : desk;

    // A partner serving other networks too keeps them: the file speaks for this network only.
    private static Partner Merged(Partner partner, Partner? stored) =>
        stored is null ? partner : partner with { NetworkIds = [.. stored.NetworkIds.Union(partner.NetworkIds, StringComparer.Ordinal)] };
}
