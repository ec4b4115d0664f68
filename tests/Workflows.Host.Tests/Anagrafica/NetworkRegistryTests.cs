using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Workflows.Desk.Model;
using Workflows.Host.Anagrafica;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Tests.Anagrafica;

/// <summary>The stored directory and its cache on Azurite: two registries on the same tables play two instances.</summary>
public sealed class NetworkRegistryTests : IAsyncLifetime
{
    private const string Network = "rete-ovadese";
    private const string Coordinator = "coordinamento@rete-ovadese.example";
    private readonly string _prefix = TestStorage.NewPrefix('d');
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly List<NetworkRegistry> _registries = [];
    private DirectoryStore _store = null!;

    private static InnovationDesk Ovada => new(
        "ovada", "006121", "Sportello per l'innovazione di Ovada", "Via Torino 69, Ovada", "Carla Repetto", "sportello@comune.ovada.example",
        [new(DayOfWeek.Tuesday, new TimeOnly(9, 0), new TimeOnly(12, 0))], Network);

    public async Task InitializeAsync()
    {
        await TestStorage.EnsureReachableAsync();
        var tables = new TableServiceClient(TestStorage.ConnectionString);
        _store = new DirectoryStore(tables.GetTableClient(DirectoryStore.EntriesTable(_prefix)), tables.GetTableClient(DirectoryStore.ChangesTable(_prefix)));
        await _store.CreateIfNotExistsAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        _registries.ForEach(r => r.Dispose());
        await TestStorage.DeleteAsync(_prefix);
    }

    [Fact]
    public async Task Given_a_configured_network_when_the_service_starts_twice_then_it_is_created_once_with_its_coordinators()
    {
        var registry = NewRegistry();
        var bootstrap = new DirectoryBootstrapOptions { NetworkId = Network, NetworkName = "Rete ovadese", Coordinators = $"{Coordinator}; Seconda@Rete-Ovadese.example" };

        await registry.BootstrapAsync(bootstrap, CancellationToken.None);
        await registry.SaveNetworkAsync(registry.Current.Directory.FindNetwork(Network)! with { Name = "Rete dell'Ovadese" }, Coordinator, CancellationToken.None);
        await registry.BootstrapAsync(bootstrap, CancellationToken.None);

        var network = (await registry.RefreshAsync(CancellationToken.None)).Directory.FindNetwork(Network)!;
        Assert.Equal("Rete dell'Ovadese", network.Name); // the second start changed nothing
        Assert.Equal([Coordinator, "seconda@rete-ovadese.example"], network.CoordinatorEmails);
        Assert.Empty(registry.Current.Directory.Desks); // production starts with no desks
        var changes = await registry.ChangesAsync(Network, 10, CancellationToken.None);
        Assert.Equal([("updated", Coordinator), ("created", NetworkRegistry.ConfigurationAuthor)], changes.Select(c => (c.Change, c.By)));
    }

    [Fact]
    public async Task Given_a_desk_saved_on_one_instance_then_it_shows_there_at_once_and_on_another_within_the_refresh_interval()
    {
        var here = NewRegistry();
        var there = NewRegistry();
        await here.BootstrapAsync(new() { NetworkId = Network, NetworkName = "Rete ovadese", Coordinators = Coordinator }, CancellationToken.None);
        await there.RefreshAsync(CancellationToken.None);

        var write = await here.SaveDeskAsync(Ovada, Coordinator, CancellationToken.None);

        Assert.Equal("created", write.Change);
        Assert.NotNull(here.Current.Directory.FindDesk("ovada"));
        Assert.Null((await there.GetAsync(CancellationToken.None)).Directory.FindDesk("ovada")); // still its earlier read
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.NotNull((await there.GetAsync(CancellationToken.None)).Directory.FindDesk("ovada"));
    }

    [Fact]
    public async Task Given_changes_to_a_desk_then_each_is_recorded_with_who_and_when_and_a_save_without_change_records_nothing()
    {
        var registry = NewRegistry();
        await registry.BootstrapAsync(new() { NetworkId = Network, NetworkName = "Rete ovadese", Coordinators = Coordinator }, CancellationToken.None);

        await registry.SaveDeskAsync(Ovada, Coordinator, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await registry.SaveDeskAsync(Ovada with { Address = "Piazza Assunta 1, Ovada" }, "altra@rete-ovadese.example", CancellationToken.None);
        var unchanged = await registry.SaveDeskAsync(Ovada with { Address = "Piazza Assunta 1, Ovada" }, Coordinator, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await registry.SaveDeskAsync(Ovada with { Address = "Piazza Assunta 1, Ovada", Active = false }, Coordinator, CancellationToken.None);

        Assert.Equal("unchanged", unchanged.Change);
        var changes = (await registry.ChangesAsync(Network, 10, CancellationToken.None)).Where(c => c.Kind == DirectoryKind.Desk).ToList();
        Assert.Equal(["deactivated", "updated", "created"], changes.Select(c => c.Change));
        Assert.Equal([Coordinator, "altra@rete-ovadese.example", Coordinator], changes.Select(c => c.By));
        Assert.Equal(_clock.GetUtcNow(), changes[0].At);
        Assert.False(registry.Current.Directory.FindDesk("ovada")!.Active);
    }

    [Fact]
    public async Task Given_an_invalid_desk_then_it_is_refused_with_its_problems_and_nothing_is_stored()
    {
        var registry = NewRegistry();
        await registry.BootstrapAsync(new() { NetworkId = Network, NetworkName = "Rete ovadese", Coordinators = Coordinator }, CancellationToken.None);

        var write = await registry.SaveDeskAsync(Ovada with { ComuneIstat = "006999", Email = "sportello" }, Coordinator, CancellationToken.None);

        Assert.False(write.Saved);
        Assert.Equal(["comuneIstat", "email"], write.Problems.Select(p => p.Field));
        Assert.False(await _store.ExistsAsync(DirectoryKind.Desk, "ovada", CancellationToken.None));
    }

    [Fact]
    public async Task Given_the_demo_directory_written_twice_then_the_second_time_writes_nothing_and_keeps_a_coordinators_change()
    {
        var registry = NewRegistry();
        var demo = DemoDirectory.Create();

        var first = await registry.WriteMissingAsync(demo, CancellationToken.None);
        var burolo = registry.Current.Directory.FindDesk("burolo")!;
        await registry.SaveDeskAsync(burolo with { ReferentName = "Marta Gallo" }, "coordinamento@anpci-piemonte.example", CancellationToken.None);
        var second = await registry.WriteMissingAsync(demo, CancellationToken.None);

        Assert.Equal(demo.Networks.Count + demo.Desks.Count + demo.Partners.Count, first);
        Assert.Equal(0, second);
        var stored = registry.Current.Directory;
        Assert.Equal("Marta Gallo", stored.FindDesk("burolo")!.ReferentName);
        Assert.Equal(demo.Desks.Select(d => d.Id).Order(), stored.Desks.Select(d => d.Id).Order());
        Assert.Equal(demo.PartnersOf(DemoDirectory.AlessandriaNetwork), stored.PartnersOf(DemoDirectory.AlessandriaNetwork), new PartnerIds());
        Assert.Equal(new Workflows.Desk.Calendar.MonthDay(6, 24), stored.FindComune("001272")!.PatronDay);
    }

    [Fact]
    public async Task Given_a_staff_entry_deactivated_then_the_address_leaves_the_networks_coordinators()
    {
        var registry = NewRegistry();
        await registry.BootstrapAsync(new() { NetworkId = Network, NetworkName = "Rete ovadese", Coordinators = Coordinator }, CancellationToken.None);
        var second = new StaffEntry("seconda@rete-ovadese.example", "Seconda Coordinatrice", StaffRole.Coordinator, Network);

        await registry.SaveStaffAsync(second, Coordinator, CancellationToken.None);
        var withHer = registry.Current.Directory.FindNetwork(Network)!.CoordinatorEmails;
        await registry.SaveStaffAsync(second with { Active = false }, Coordinator, CancellationToken.None);
        await registry.SaveStaffAsync(new StaffEntry(Coordinator, "Prima", StaffRole.Coordinator, Network, Active: false), "seconda@rete-ovadese.example", CancellationToken.None);

        Assert.Equal([Coordinator, "seconda@rete-ovadese.example"], withHer);
        Assert.Empty(registry.Current.Directory.FindNetwork(Network)!.CoordinatorEmails);
    }

    private NetworkRegistry NewRegistry()
    {
        var registry = new NetworkRegistry(_store, _clock, Options.Create(new DirectoryOptions { RefreshSeconds = 30 }), NullLogger<NetworkRegistry>.Instance);
        _registries.Add(registry);
        return registry;
    }

    private sealed class PartnerIds : IEqualityComparer<Partner>
    {
        public bool Equals(Partner? x, Partner? y) => x?.Id == y?.Id && x?.Topics.SequenceEqual(y!.Topics) == true && x.Provinces.SequenceEqual(y.Provinces);

        public int GetHashCode(Partner obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
