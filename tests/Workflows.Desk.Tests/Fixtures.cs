using Workflows.Desk.Calendar;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;

namespace Workflows.Desk.Tests;

/// <summary>Demo facts shared by the tests: the seed's pilot desks and partners.</summary>
internal static class Fixtures
{
    public const string BuroloIstat = "001042";
    public const string TorinoIstat = "001272";
    public const string ApplicantEmail = "mario.rossi@example.org";
    public const string NovainReviewer = "richieste@novain.example";
    public const string BuroloDeskEmail = "sportello.burolo@comuni.example";
    public const string Coordinator = "coordinamento@anpci-piemonte.example";

    public static NetworkDirectory Catalogue { get; } = DemoDirectory.Create();

    /// <summary>Local Europe/Rome time.</summary>
    public static DateTimeOffset Rome(int year, int month, int day, int hour = 9, int minute = 0) =>
        BusinessCalendar.AtRome(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    public static Applicant Mario(string? email = ApplicantEmail, string culture = "it") =>
        new(ApplicantKind.Business, "Mario Rossi", email, "+39 0125 000000", culture);

    public static DeskIntake Intake(
        Category category = Category.InnovationPatent,
        string comune = BuroloIstat,
        Applicant? applicant = null,
        string desk = "burolo") =>
        new(desk, comune, applicant ?? Mario(), category, "Ho un'idea per un sensore per le vigne: come la brevetto?",
            ContactMode.AtDesk, new PrivacyConsent("2026-01", Rome(2026, 1, 1)));

    public static DeskRequestInput Input(
        Category category = Category.InnovationPatent,
        string comune = BuroloIstat,
        Applicant? applicant = null,
        Func<IReadOnlyList<Partner>, IReadOnlyList<Partner>>? partners = null)
    {
        var input = Catalogue.PrepareRequest(Intake(category, comune, applicant), "TO-2026-0042");
        return partners is null ? input : input with { Partners = partners(input.Partners) };
    }

    public static Partner Partner(
        string id,
        IReadOnlyList<Category>? topics = null,
        IReadOnlyList<string>? comuni = null,
        IReadOnlyList<string>? provinces = null,
        PartnerSla? sla = null,
        string culture = "it") =>
        new(id, $"Partner {id}", [DemoDirectory.PiccoliComuniNetwork], topics ?? [Category.InnovationPatent], comuni ?? [], provinces ?? ["TO"],
            [$"{id}@partner.example"], sla, culture);
}
