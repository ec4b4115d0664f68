using Workflows.Desk.Model;
using Workflows.Host.Anagrafica;
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

    [Fact]
    public async Task Given_a_deactivated_staff_entry_then_its_address_signs_in_no_more_and_gets_no_reviewer_mail()
    {
        var shut = new StaffEntry("richieste@novain.example", "Laura", StaffRole.Partner, DemoDirectory.PiccoliComuniNetwork, PartnerId: "novain", Active: false);
        var snapshot = Snapshot(shut);

        Assert.Null(await Directory(snapshot).FindAsync("richieste@novain.example", CancellationToken.None));
        Assert.Empty(snapshot.Directory.FindPartner("novain")!.ReviewerEmails);
    }

    [Fact]
    public async Task Given_a_second_referent_of_a_desk_then_they_sign_in_for_that_desk_until_it_closes()
    {
        var second = new StaffEntry("vice@comune.burolo.example", "Anna Vice", StaffRole.Desk, DemoDirectory.PiccoliComuniNetwork, DeskId: "burolo");
        var open = Snapshot(second);
        var closedDesk = NetworkRegistry.Build(
            Demo.Networks, [.. Demo.Desks.Select(d => d.Id == "burolo" ? d with { Active = false } : d)], Demo.Partners, [second], DateTimeOffset.UnixEpoch);

        Assert.Equal("burolo", (await Directory(open).FindAsync("vice@comune.burolo.example", CancellationToken.None))!.DeskId);
        Assert.Null(await Directory(closedDesk).FindAsync("vice@comune.burolo.example", CancellationToken.None));
        Assert.Null(await Directory(closedDesk).FindAsync("sportello.burolo@comuni.example", CancellationToken.None));
    }

    [Fact]
    public async Task Given_a_coordinator_named_as_staff_then_they_coordinate_that_network_and_get_its_mails()
    {
        var added = new StaffEntry("nuova@anpci-piemonte.example", "Nuova Coordinatrice", StaffRole.Coordinator, DemoDirectory.PiccoliComuniNetwork);
        var snapshot = Snapshot(added);

        var member = await Directory(snapshot).FindAsync("nuova@anpci-piemonte.example", CancellationToken.None);

        Assert.Equal(DemoDirectory.PiccoliComuniNetwork, member!.NetworkId);
        Assert.Contains("nuova@anpci-piemonte.example", snapshot.Directory.FindNetwork(DemoDirectory.PiccoliComuniNetwork)!.CoordinatorEmails);
    }

    private static DirectorySnapshot Snapshot(params StaffEntry[] staff) =>
        NetworkRegistry.Build(Demo.Networks, Demo.Desks, Demo.Partners, staff, DateTimeOffset.UnixEpoch);

    private static Staff Directory(params StaffMemberOptions[] configured) => new(Snapshot(), configured);

    private static Staff Directory(DirectorySnapshot snapshot) => new(snapshot, []);

    private sealed class Staff(DirectorySnapshot snapshot, StaffMemberOptions[] configured)
    {
        public Task<StaffMember?> FindAsync(string email, CancellationToken cancellationToken) =>
            Task.FromResult(NetworkStaffDirectory.Find(snapshot, NetworkStaffDirectory.Imply(snapshot), configured, email));
    }
}
