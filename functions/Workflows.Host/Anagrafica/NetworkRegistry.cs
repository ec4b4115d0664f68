using System.Text.Json;
using Microsoft.Extensions.Options;
using Workflows.Desk.Calendar;
using Workflows.Desk.Model;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Anagrafica;

/// <summary>
/// The network directory: networks, desks, partners and staff, stored in Table Storage (<see cref="DirectoryStore"/>)
/// and read through this one cached service. Every instance reads it again at most
/// <see cref="DirectoryOptions.RefreshSeconds"/> after its last read (a change made elsewhere shows within a minute); a
/// change made here shows here at once. Every change is checked with <see cref="DirectoryRules"/> and recorded with who
/// and when.
/// </summary>
public sealed class NetworkRegistry(DirectoryStore store, TimeProvider time, IOptions<DirectoryOptions> options, ILogger<NetworkRegistry> logger) : IDisposable
{
    /// <summary>The author of the changes the configuration makes.</summary>
    public const string ConfigurationAuthor = "configuration";

    /// <summary>The author of the demo directory.</summary>
    public const string DemoAuthor = "demo";

    // The field of a problem that concerns the whole form.
    private const string FieldErrorsForm = "form";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private DirectorySnapshot _current = DirectorySnapshot.Empty;

    /// <summary>The directory as last read (never blocks; empty before the first read).</summary>
    public DirectorySnapshot Current => Volatile.Read(ref _current);

    /// <summary>The directory, read again first when the last read is older than the refresh interval.</summary>
    public async Task<DirectorySnapshot> GetAsync(CancellationToken cancellationToken)
    {
        var current = Current;
        return time.GetUtcNow() - current.LoadedAt < TimeSpan.FromSeconds(options.Value.RefreshSeconds)
            ? current
            : await RefreshAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the stored directory now.</summary>
    public async Task<DirectorySnapshot> RefreshAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var (networks, desks, partners, staff, versions) = await store.ReadAllAsync(cancellationToken).ConfigureAwait(false);
            var snapshot = Build(networks, desks, partners, staff, time.GetUtcNow()) with { Versions = versions };
            Volatile.Write(ref _current, snapshot);
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The directory in force from the stored entries: a network's coordinators and a partner's reviewers are the
    /// addresses it names plus the active staff entries naming it, minus every deactivated address.
    /// </summary>
    public static DirectorySnapshot Build(
        IReadOnlyList<Network> networks, IReadOnlyList<InnovationDesk> desks, IReadOnlyList<Partner> partners, IReadOnlyList<StaffEntry> staff, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(networks);
        ArgumentNullException.ThrowIfNull(desks);
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(staff);
        var shut = staff.Where(s => !s.Active).Select(s => s.Email).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<string> InForce(IEnumerable<string> named, IEnumerable<StaffEntry> added) =>
        [
            .. named.Select(SignInAddress.Normalize)
                .Concat(added.Where(s => s.Active).Select(s => s.Email))
                .Where(e => e.Length > 0 && !shut.Contains(e))
                .Distinct(StringComparer.Ordinal),
        ];

        var effectiveNetworks = networks.OrderBy(n => n.Id, StringComparer.Ordinal)
            .Select(n => n with { CoordinatorEmails = InForce(n.CoordinatorEmails, staff.Where(s => s.Role == StaffRole.Coordinator && s.NetworkId == n.Id)) })
            .ToList();
        var effectivePartners = partners.OrderBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => p with { ReviewerEmails = InForce(p.ReviewerEmails, staff.Where(s => s.Role == StaffRole.Partner && s.PartnerId == p.Id)) })
            .ToList();
        var directory = new NetworkDirectory(
            ComuniCatalogue.Piemonte.WithPatronDays(),
            [.. desks.OrderBy(d => d.Id, StringComparer.Ordinal)],
            effectivePartners,
            effectiveNetworks);
        return new DirectorySnapshot(directory, [.. staff.OrderBy(s => s.Email, StringComparer.Ordinal)], now);
    }

    /// <summary>Saves a network (its name, coordinators, language).</summary>
    public async Task<DirectoryWrite> SaveNetworkAsync(Network network, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(network);
        var problems = CheckNetwork(network);
        if (problems.Count > 0)
        {
            return new DirectoryWrite(problems, null);
        }

        var clean = network with { Name = network.Name.Trim(), CoordinatorEmails = [.. network.CoordinatorEmails.Select(SignInAddress.Normalize).Distinct(StringComparer.Ordinal)] };
        return await WriteAsync(DirectoryKind.Network, clean.Id, clean, [clean.Id], _ => true, by, version: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The problems of a network: an id, a name, valid coordinators' addresses.</summary>
    public static IReadOnlyList<DirectoryProblem> CheckNetwork(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var problems = new List<DirectoryProblem>();
        if (!DirectoryRules.IsId(network.Id))
        {
            problems.Add(new("id", DirectoryProblemKind.IdInvalid, network.Id));
        }

        if (string.IsNullOrWhiteSpace(network.Name))
        {
            problems.Add(new("name", DirectoryProblemKind.Required));
        }

        problems.AddRange(network.CoordinatorEmails.Where(e => !DirectoryRules.IsEmail(e)).Select(e => new DirectoryProblem("coordinatorEmails", DirectoryProblemKind.EmailInvalid, e)));
        return problems;
    }

    /// <summary>
    /// Creates a network from the page: its id is new, its coordinators are valid addresses that coordinate no other
    /// network (a person has one network in the pages). Recorded in the new network's change log with who and when.
    /// </summary>
    public async Task<DirectoryWrite> CreateNetworkAsync(Network network, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(network);
        var current = await RefreshAsync(cancellationToken).ConfigureAwait(false);
        var problems = new List<DirectoryProblem>();
        if (current.Directory.FindNetwork(network.Id) is not null)
        {
            problems.Add(new("id", DirectoryProblemKind.IdInvalid, network.Id));
        }

        if (network.CoordinatorEmails.Count == 0)
        {
            problems.Add(new("coordinatorEmails", DirectoryProblemKind.Required));
        }

        foreach (var email in network.CoordinatorEmails.Select(SignInAddress.Normalize))
        {
            if (current.Directory.Networks.Any(n => n.CoordinatorEmails.Contains(email, StringComparer.Ordinal)))
            {
                problems.Add(new("coordinatorEmails", DirectoryProblemKind.OtherNetwork, email));
            }
        }

        if (!DirectoryRules.Cultures.Contains(network.Culture, StringComparer.Ordinal))
        {
            problems.Add(new("culture", DirectoryProblemKind.CultureInvalid, network.Culture));
        }

        problems.InsertRange(0, CheckNetwork(network));
        return problems.Count > 0
            ? new DirectoryWrite([.. problems.Distinct()], null)
            : await SaveNetworkAsync(network, by, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Checks and saves a desk (new, changed, closed or reopened).</summary>
    public Task<DirectoryWrite> SaveDeskAsync(InnovationDesk desk, string by, CancellationToken cancellationToken) =>
        SaveDeskAsync(desk, by, version: null, cancellationToken);

    /// <summary>
    /// Checks and saves a desk; with a <paramref name="version"/> (the one the edit form was opened on), only
    /// when nobody saved it since: otherwise nothing is written and the problem is <see cref="DirectoryProblemKind.Conflict"/>.
    /// </summary>
    public async Task<DirectoryWrite> SaveDeskAsync(InnovationDesk desk, string by, string? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(desk);
        var clean = desk with
        {
            ComuneIstat = desk.ComuneIstat?.Trim() ?? string.Empty,
            Name = desk.Name?.Trim() ?? string.Empty,
            Address = desk.Address?.Trim() ?? string.Empty,
            ReferentName = desk.ReferentName?.Trim() ?? string.Empty,
            Email = SignInAddress.Normalize(desk.Email),
            OfficeHours = [.. desk.OfficeHours.OrderBy(h => h.Day).ThenBy(h => h.From)],
            Closures = desk.Closures is { Count: > 0 } closures ? [.. closures.Select(c => c with { Reason = c.Reason?.Trim() ?? string.Empty }).Distinct().OrderBy(c => c.From)] : null,
        };
        return await SaveRowAsync(
            DirectoryKind.Desk, clean.Id, clean, [clean.NetworkId], d => d.Active, current => CheckDesk(clean, current.Directory), by, version, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The problems of a desk (<see cref="DirectoryRules.Check(InnovationDesk, ComuniCatalogue, IReadOnlyCollection{string})"/>)
    /// and of its closures, today in Europe/Rome, beside the ones <paramref name="directory"/> already stores.
    /// </summary>
    public IReadOnlyList<DirectoryProblem> CheckDesk(InnovationDesk desk, NetworkDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(directory);
        var today = BusinessCalendar.RomeDate(time.GetUtcNow());
        return
        [
            .. DirectoryRules.Check(desk, ComuniCatalogue.Piemonte, directory.Networks.Select(n => n.Id).ToHashSet(StringComparer.Ordinal)),
            .. DirectoryRules.CheckClosures(desk.Closures, today, directory.FindDesk(desk.Id)?.Closures),
        ];
    }

    /// <summary>Checks and saves a partner (new, changed, deactivated or reactivated).</summary>
    public Task<DirectoryWrite> SavePartnerAsync(Partner partner, string by, CancellationToken cancellationToken) =>
        SavePartnerAsync(partner, by, version: null, cancellationToken);

    /// <summary>
    /// Checks and saves a partner; with a <paramref name="version"/> (the one the edit form was opened on), only
    /// when nobody saved it since: otherwise nothing is written and the problem is <see cref="DirectoryProblemKind.Conflict"/>.
    /// </summary>
    public async Task<DirectoryWrite> SavePartnerAsync(Partner partner, string by, string? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var clean = partner with
        {
            Name = partner.Name?.Trim() ?? string.Empty,
            NetworkIds = [.. partner.NetworkIds.Distinct(StringComparer.Ordinal)],
            Topics = [.. partner.Topics.Distinct().Order()],
            Comuni = [.. partner.Comuni.Select(c => c.Trim()).Distinct(StringComparer.Ordinal)],
            Provinces = [.. partner.Provinces.Select(p => p.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal)],
            ReviewerEmails = [.. partner.ReviewerEmails.Select(SignInAddress.Normalize).Distinct(StringComparer.Ordinal)],
        };
        return await SaveRowAsync(
            DirectoryKind.Partner, clean.Id, clean, clean.NetworkIds, p => p.Active, current => DirectoryRules.Check(clean, ComuniCatalogue.Piemonte, NetworkIds(current)), by, version, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Checks and saves a staff entry (new, changed, deactivated or reactivated).</summary>
    public Task<DirectoryWrite> SaveStaffAsync(StaffEntry entry, string by, CancellationToken cancellationToken) =>
        SaveStaffAsync(entry, by, version: null, cancellationToken);

    /// <summary>
    /// Checks and saves a staff entry; with a <paramref name="version"/> (the one the edit form was opened on), only
    /// when nobody saved it since: otherwise nothing is written and the problem is <see cref="DirectoryProblemKind.Conflict"/>.
    /// </summary>
    public async Task<DirectoryWrite> SaveStaffAsync(StaffEntry entry, string by, string? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var clean = entry with
        {
            Email = SignInAddress.Normalize(entry.Email),
            Name = entry.Name?.Trim() ?? string.Empty,
            DeskId = entry.Role == StaffRole.Desk ? entry.DeskId : null,
            PartnerId = entry.Role == StaffRole.Partner ? entry.PartnerId : null,
        };
        var write = await SaveRowAsync(
            DirectoryKind.Staff, clean.Email, clean, [clean.NetworkId], s => s.Active, current => CheckStaff(clean, current.Directory), by, version, cancellationToken, log: false).ConfigureAwait(false);
        if (write.Saved)
        {
            logger.StaffSaved(clean.NetworkId, write.Change!);
        }

        return write;
    }

    /// <summary>The problems of a staff entry: a valid address and a name, a known network, a desk or partner of that network.</summary>
    public static IReadOnlyList<DirectoryProblem> CheckStaff(StaffEntry entry, NetworkDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(directory);
        var problems = new List<DirectoryProblem>();
        if (!DirectoryRules.IsEmail(entry.Email))
        {
            problems.Add(new("email", string.IsNullOrWhiteSpace(entry.Email) ? DirectoryProblemKind.Required : DirectoryProblemKind.EmailInvalid, entry.Email));
        }

        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            problems.Add(new("name", DirectoryProblemKind.Required));
        }

        if (directory.FindNetwork(entry.NetworkId) is null)
        {
            problems.Add(new("networkId", DirectoryProblemKind.NetworkUnknown, entry.NetworkId));
        }

        if (entry.Role == StaffRole.Desk && directory.FindDesk(entry.DeskId ?? string.Empty)?.NetworkId != entry.NetworkId)
        {
            problems.Add(new("deskId", DirectoryProblemKind.DeskUnknown, entry.DeskId));
        }

        if (entry.Role == StaffRole.Partner && directory.FindPartner(entry.PartnerId ?? string.Empty)?.NetworkIds.Contains(entry.NetworkId) != true)
        {
            problems.Add(new("partnerId", DirectoryProblemKind.PartnerUnknown, entry.PartnerId));
        }

        return problems;
    }

    /// <summary>The latest changes of <paramref name="networkId"/>, newest first.</summary>
    public Task<IReadOnlyList<DirectoryChange>> ChangesAsync(string networkId, int take, CancellationToken cancellationToken) =>
        store.ChangesAsync(networkId, take, cancellationToken);

    /// <summary>Creates the configured first network and its coordinators, once (nothing when that network exists).</summary>
    public async Task BootstrapAsync(DirectoryBootstrapOptions bootstrap, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bootstrap);
        if (!bootstrap.IsSet || await store.ExistsAsync(DirectoryKind.Network, bootstrap.NetworkId!, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var network = new Network(bootstrap.NetworkId!, bootstrap.NetworkName!.Trim(), bootstrap.CoordinatorList);
        var write = await SaveNetworkAsync(network, ConfigurationAuthor, cancellationToken).ConfigureAwait(false);
        if (write.Saved)
        {
            logger.Bootstrapped(network.Id, network.CoordinatorEmails.Count);
        }
    }

    /// <summary>Writes the entries of <paramref name="demo"/> that are not stored yet (a coordinator's later changes stay).</summary>
    public async Task<int> WriteMissingAsync(NetworkDirectory demo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(demo);
        var now = time.GetUtcNow();
        var written = 0;
        foreach (var network in demo.Networks)
        {
            written += await WriteIfMissingAsync(DirectoryKind.Network, network.Id, network, [network.Id], now, cancellationToken).ConfigureAwait(false);
        }

        foreach (var desk in demo.Desks)
        {
            written += await WriteIfMissingAsync(DirectoryKind.Desk, desk.Id, desk, [desk.NetworkId], now, cancellationToken).ConfigureAwait(false);
        }

        foreach (var partner in demo.Partners)
        {
            written += await WriteIfMissingAsync(DirectoryKind.Partner, partner.Id, partner, partner.NetworkIds, now, cancellationToken).ConfigureAwait(false);
        }

        if (written > 0)
        {
            logger.DemoWritten(written);
        }

        await RefreshAsync(cancellationToken).ConfigureAwait(false);
        return written;
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private static HashSet<string> NetworkIds(DirectorySnapshot snapshot) =>
        snapshot.Directory.Networks.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);

    private async Task<int> WriteIfMissingAsync<T>(DirectoryKind kind, string id, T entry, IReadOnlyList<string> networks, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await store.ExistsAsync(kind, id, cancellationToken).ConfigureAwait(false))
        {
            return 0;
        }

        await store.WriteAsync(kind, id, entry, networks, "created", DemoAuthor, now, cancellationToken).ConfigureAwait(false);
        return 1;
    }

    // A desk, partner or staff entry: checked against the directory in force, then written (see WriteAsync).
    private async Task<DirectoryWrite> SaveRowAsync<T>(
        DirectoryKind kind,
        string id,
        T entry,
        IReadOnlyList<string> networks,
        Func<T, bool> active,
        Func<DirectorySnapshot, IReadOnlyList<DirectoryProblem>> check,
        string by,
        string? version,
        CancellationToken cancellationToken,
        bool log = true)
    {
        var current = await GetAsync(cancellationToken).ConfigureAwait(false);
        var problems = check(current);
        return problems.Count > 0
            ? new DirectoryWrite(problems, null)
            : await WriteAsync(kind, id, entry, networks, active, by, version, cancellationToken, log).ConfigureAwait(false);
    }

    private async Task<DirectoryWrite> WriteAsync<T>(
        DirectoryKind kind, string id, T entry, IReadOnlyList<string> networks, Func<T, bool> active, string by, string? version, CancellationToken cancellationToken, bool log = true)
    {
        var before = await store.ReadAsync(kind, id, cancellationToken).ConfigureAwait(false);
        var data = JsonSerializer.Serialize(entry, DirectoryJson.Options);
        string change;
        if (before is null)
        {
            change = "created";
        }
        else if (before == data)
        {
            return new DirectoryWrite([], "unchanged");
        }
        else
        {
            var wasActive = active(JsonSerializer.Deserialize<T>(before, DirectoryJson.Options)!);
            change = wasActive == active(entry) ? "updated" : active(entry) ? "reactivated" : "deactivated";
        }

        if (!await store.WriteAsync(kind, id, entry, networks, change, by, time.GetUtcNow(), before is null ? null : version, cancellationToken).ConfigureAwait(false))
        {
            // Someone saved it since the form was opened: nothing is overwritten, and the form reloads what they saved.
            logger.EditConflict(kind, id);
            await RefreshAsync(cancellationToken).ConfigureAwait(false);
            return new DirectoryWrite([new DirectoryProblem(FieldErrorsForm, DirectoryProblemKind.Conflict)], null);
        }

        if (log)
        {
            logger.EntrySaved(kind, id, change);
        }

        await RefreshAsync(cancellationToken).ConfigureAwait(false);
        return new DirectoryWrite([], change);
    }
}
