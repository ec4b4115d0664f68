using Workflows.Desk.Model;
using static Workflows.Desk.Tests.Fixtures;

namespace Workflows.Desk.Tests.Model;

public sealed class DirectoryRulesTests
{
    private static readonly string[] Networks = [DemoDirectory.AlessandriaNetwork, DemoDirectory.PiccoliComuniNetwork];

    private static InnovationDesk Ovada => new(
        "ovada", "006121", "Sportello per l'innovazione di Ovada", "Via Torino 69, Ovada", "Carla Repetto", "sportello@comune.ovada.example",
        [new(DayOfWeek.Tuesday, new TimeOnly(9, 0), new TimeOnly(12, 0)), new(DayOfWeek.Tuesday, new TimeOnly(14, 0), new TimeOnly(17, 0))],
        DemoDirectory.AlessandriaNetwork);

    private static Partner Ovadese => new(
        "confartigianato-ovada", "Confartigianato Ovada", [DemoDirectory.AlessandriaNetwork], [Category.StartingBusiness],
        ["006121"], ["AL"], ["ovada@confartigianato.example"]);

    [Fact]
    public void Given_a_desk_in_a_comune_of_the_province_of_alessandria_then_it_has_no_problem() =>
        Assert.Empty(DirectoryRules.Check(Ovada, ComuniCatalogue.Piemonte, Networks));

    [Fact]
    public void Given_a_desk_with_every_field_wrong_then_each_is_named()
    {
        var desk = Ovada with
        {
            Id = "Ovada!", ComuneIstat = "099999", Name = " ", Email = "sportello@", NetworkId = "altrove", Culture = "fr",
            OfficeHours = [new(DayOfWeek.Monday, new TimeOnly(12, 0), new TimeOnly(9, 0))],
        };

        var problems = DirectoryRules.Check(desk, ComuniCatalogue.Piemonte, Networks);

        Assert.Equal(
            [
                new("id", DirectoryProblemKind.IdInvalid, "Ovada!"),
                new("comuneIstat", DirectoryProblemKind.ComuneUnknown, "099999"),
                new("name", DirectoryProblemKind.Required),
                new("email", DirectoryProblemKind.EmailInvalid, "sportello@"),
                new("officeHours", DirectoryProblemKind.OfficeHoursInvalid, "Monday 12:00-09:00"),
                new("networkId", DirectoryProblemKind.NetworkUnknown, "altrove"),
                new DirectoryProblem("culture", DirectoryProblemKind.CultureInvalid, "fr"),
            ],
            problems);
    }

    [Fact]
    public void Given_overlapping_office_hours_on_one_day_then_the_later_slot_is_named()
    {
        var hours = new List<OfficeHours>
        {
            new(DayOfWeek.Tuesday, new TimeOnly(9, 0), new TimeOnly(12, 0)),
            new(DayOfWeek.Tuesday, new TimeOnly(11, 0), new TimeOnly(13, 0)),
            new(DayOfWeek.Wednesday, new TimeOnly(11, 0), new TimeOnly(13, 0)),
        };

        Assert.Equal([new DirectoryProblem("officeHours", DirectoryProblemKind.OfficeHoursOverlap, "Tuesday 11:00-13:00")], DirectoryRules.CheckOfficeHours(hours));
    }

    [Fact]
    public void Given_a_partner_of_the_alessandria_network_then_it_has_no_problem() =>
        Assert.Empty(DirectoryRules.Check(Ovadese, ComuniCatalogue.Piemonte, Networks));

    [Fact]
    public void Given_a_partner_with_unknown_territories_no_topic_and_a_bad_address_then_each_is_named()
    {
        var partner = Ovadese with { Topics = [], Comuni = ["006121", "123456"], Provinces = ["MI"], ReviewerEmails = ["ok@partner.example", "non un indirizzo"], Sla = new([2], 45) };

        var problems = DirectoryRules.Check(partner, ComuniCatalogue.Piemonte, Networks);

        Assert.Equal(
            [
                new("topics", DirectoryProblemKind.TopicsMissing),
                new("comuni", DirectoryProblemKind.TerritoryUnknown, "123456"),
                new("provinces", DirectoryProblemKind.TerritoryUnknown, "MI"),
                new("reviewerEmails", DirectoryProblemKind.EmailInvalid, "non un indirizzo"),
                new DirectoryProblem("reviewDays", DirectoryProblemKind.ReviewDaysInvalid, "45"),
            ],
            problems);
    }

    [Theory]
    [InlineData(5, null)]
    [InlineData(3, new[] { 2 })]
    [InlineData(8, new[] { 2, 4 })]
    public void Given_a_review_deadline_then_the_sla_escalates_then_and_reminds_before(int days, int[]? reminders)
    {
        var sla = DirectoryRules.ReviewSla(days);

        Assert.Equal(reminders, sla?.ReminderBusinessDays);
        Assert.Equal(days, (sla ?? PartnerSla.Default).EscalationBusinessDays);
    }

    [Fact]
    public void Given_a_deactivated_partner_when_preparing_a_request_then_it_is_no_routing_candidate_but_still_found_by_id()
    {
        var directory = Catalogue with { Partners = [.. Catalogue.Partners.Select(p => p.Id == "novain" ? p with { Active = false } : p)] };

        var input = directory.PrepareRequest(Intake(), "TO-2026-0002");

        Assert.Equal(["api-torino", "confcooperative"], input.Partners.Select(p => p.Id));
        Assert.NotNull(directory.FindPartner("novain"));
    }

    [Fact]
    public void Given_a_closed_desk_when_preparing_a_request_then_it_is_refused()
    {
        var directory = Catalogue with { Desks = [.. Catalogue.Desks.Select(d => d.Id == "burolo" ? d with { Active = false } : d)] };

        Assert.Throws<ArgumentException>(() => directory.PrepareRequest(Intake(), "TO-2026-0003"));
    }

    [Fact]
    public void Given_the_catalogue_then_turin_and_alessandria_have_their_patron_days()
    {
        var comuni = ComuniCatalogue.Piemonte.WithPatronDays();

        Assert.Equal(new Workflows.Desk.Calendar.MonthDay(6, 24), comuni.Single(c => c.Istat == "001272").PatronDay);
        Assert.Equal(new Workflows.Desk.Calendar.MonthDay(11, 10), comuni.Single(c => c.Istat == "006003").PatronDay);
        Assert.Equal(ComuniCatalogue.Piemonte.All.Count, comuni.Count);
    }

    [Fact]
    public void Given_closures_when_one_ends_before_it_starts_one_has_no_reason_and_a_new_one_has_ended_then_each_is_named_and_a_stored_past_one_stays()
    {
        var today = new DateOnly(2026, 6, 15);
        var storedPast = new DeskClosure(new(2026, 1, 2), new(2026, 1, 2), "ponte dell'Epifania");
        DeskClosure[] closures =
        [
            new(new(2026, 8, 10), new(2026, 8, 21), "chiusura estiva"),
            new(new(2026, 8, 21), new(2026, 8, 10), "chiusura estiva"),
            new(new(2026, 9, 1), new(2026, 9, 1), " "),
            new(new(2025, 8, 10), new(2025, 8, 21), "chiusura estiva"),
            new(new(2026, 6, 15), new(2026, 6, 15), "oggi"),
            new(new(2026, 9, 1), new(2027, 9, 2), "anno sbagliato"),
            storedPast,
        ];

        var problems = DirectoryRules.CheckClosures(closures, today, [storedPast]);

        Assert.Equal(
            [
                new("closures", DirectoryProblemKind.ClosureInvalid, "21/08/2026-10/08/2026 chiusura estiva"),
                new("closures", DirectoryProblemKind.Required, "01/09/2026"),
                new("closures", DirectoryProblemKind.ClosurePast, "10/08/2025-21/08/2025 chiusura estiva"),
                new("closures", DirectoryProblemKind.ClosureInvalid, "01/09/2026-02/09/2027 anno sbagliato"),
            ],
            problems);
    }

    [Fact]
    public void Given_a_desk_with_a_summer_closure_then_the_days_in_it_and_only_those_are_closed()
    {
        var desk = Ovada with { Closures = [new(new(2026, 8, 10), new(2026, 8, 21), "chiusura estiva")] };

        Assert.Null(desk.ClosureOn(new(2026, 8, 9)));
        Assert.Equal("chiusura estiva", desk.ClosureOn(new(2026, 8, 10))?.Reason);
        Assert.Equal("chiusura estiva", desk.ClosureOn(new(2026, 8, 21))?.Reason);
        Assert.Null(desk.ClosureOn(new(2026, 8, 22)));
        Assert.Null(Ovada.ClosureOn(new(2026, 8, 10)));
    }
}
