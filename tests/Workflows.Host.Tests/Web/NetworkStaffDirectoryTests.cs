using Microsoft.Extensions.Options;
using Workflows.Desk.Model;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Tests.Web;

public sealed class NetworkStaffDirectoryTests
{
    private static readonly NetworkDirectory Demo = DemoDirectory.Create();

    [Fact]
    public async Task Given_a_desk_address_then_the_member_is_that_desks_referent()
    {
        var member = await Directory().FindAsync("  Sportello.Burolo@Comuni.Example ", CancellationToken.None);

        Assert.NotNull(member);
        Assert.Equal("sportello.burolo@comuni.example", member.Email);
        Assert.Equal([StaffRole.Desk], member.Roles);
        Assert.Equal("burolo", member.DeskId);
        Assert.Contains("Marco Gallo", member.DisplayName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_partner_reviewer_then_the_member_reviews_for_that_partner()
    {
        var member = await Directory().FindAsync("cooperazione@confcooperative.example", CancellationToken.None);

        Assert.Equal([StaffRole.Partner], member!.Roles);
        Assert.Equal("confcooperative", member.PartnerId);
        Assert.Null(member.NetworkId);
        Assert.Equal("Confcooperative Piemonte Nord", member.DisplayName);
    }

    [Fact]
    public async Task Given_a_network_coordinator_then_the_member_coordinates_that_network_only()
    {
        var member = await Directory().FindAsync("creazione.impresa@comune-alessandria.example", CancellationToken.None);

        Assert.Equal([StaffRole.Coordinator], member!.Roles);
        Assert.Equal(DemoDirectory.AlessandriaNetwork, member.NetworkId);
    }

    [Fact]
    public async Task Given_an_unknown_or_empty_address_then_nobody_is_found()
    {
        Assert.Null(await Directory().FindAsync("nessuno@comune.example", CancellationToken.None));
        Assert.Null(await Directory().FindAsync("", CancellationToken.None));
    }

    [Fact]
    public async Task Given_a_configured_member_only_then_the_configuration_is_used()
    {
        var directory = Directory(new StaffMemberOptions { Email = "silvia@anci.example", DisplayName = "Silvia", Roles = [StaffRole.Coordinator] });

        var member = await directory.FindAsync("SILVIA@anci.example", CancellationToken.None);

        Assert.NotNull(member);
        Assert.Equal("silvia@anci.example", member.Email);
        Assert.Equal("Silvia", member.DisplayName);
        Assert.Equal([StaffRole.Coordinator], member.Roles);
        Assert.Null(member.NetworkId);
    }

    [Fact]
    public async Task Given_an_address_both_configured_and_in_the_directory_then_roles_merge_and_configured_values_win()
    {
        var directory = Directory(new StaffMemberOptions
        {
            Email = "richieste@novain.example",
            DisplayName = "Laura di Novain",
            Roles = [StaffRole.Coordinator],
        });

        var member = await directory.FindAsync("richieste@novain.example", CancellationToken.None);

        Assert.Equal("Laura di Novain", member!.DisplayName);
        Assert.Equal([StaffRole.Coordinator, StaffRole.Partner], member.Roles);
        Assert.Equal("novain", member.PartnerId);
        Assert.Null(member.NetworkId);
    }

    [Fact]
    public async Task Given_a_configured_coordinator_without_network_then_the_directory_does_not_narrow_it_to_one()
    {
        var directory = Directory(new StaffMemberOptions
        {
            Email = "coordinamento@anpci-piemonte.example",
            DisplayName = "Coordinamento regionale",
            Roles = [StaffRole.Coordinator],
        });

        var member = await directory.FindAsync("coordinamento@anpci-piemonte.example", CancellationToken.None);

        Assert.Null(member!.NetworkId);
    }

    [Fact]
    public async Task Given_a_configured_entry_without_roles_then_the_directory_decides()
    {
        var directory = Directory(new StaffMemberOptions { Email = "sportello.burolo@comuni.example", DisplayName = "Altro nome" });

        var member = await directory.FindAsync("sportello.burolo@comuni.example", CancellationToken.None);

        Assert.Equal([StaffRole.Desk], member!.Roles);
        Assert.Equal("burolo", member.DeskId);
    }

    private static NetworkStaffDirectory Directory(params StaffMemberOptions[] configured) =>
        new(Demo, new StaticOptions(new StaffOptions { Members = [.. configured] }));

    private sealed class StaticOptions(StaffOptions value) : IOptionsMonitor<StaffOptions>
    {
        public StaffOptions CurrentValue => value;

        public StaffOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<StaffOptions, string?> listener) => null;
    }
}
