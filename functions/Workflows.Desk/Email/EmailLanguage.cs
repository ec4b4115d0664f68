using System.Globalization;
using Workflows.Desk.Calendar;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;

namespace Workflows.Desk.Email;

/// <summary>The words and formats of one language (Italian or English); dates are shown in Europe/Rome time.</summary>
internal sealed class EmailLanguage
{
    private static readonly CultureInfo ItalianCulture = CultureInfo.GetCultureInfo("it-IT");
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");

    private EmailLanguage(bool english) => English = english;

    public static EmailLanguage Italian { get; } = new(false);

    public static EmailLanguage EnglishLanguage { get; } = new(true);

    public bool English { get; }

    /// <summary>The HTML <c>lang</c> value.</summary>
    public string Code => English ? Cultures.English : Cultures.Italian;

    private CultureInfo Culture => English ? EnglishCulture : ItalianCulture;

    public static EmailLanguage For(string? culture) => Cultures.IsEnglish(culture) ? EnglishLanguage : Italian;

    public string T(string italian, string english) => English ? english : italian;

    public string Day(DateTimeOffset at) => BusinessCalendar.ToRome(at).ToString("dddd d MMMM yyyy", Culture);

    public string Day(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public static string Time(DateTimeOffset at) => BusinessCalendar.ToRome(at).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"martedì 14 aprile 2026, ore 09:30" / "Tuesday 14 April 2026, 09:30".</summary>
    public string When(DateTimeOffset at) => Day(at) + T(", ore ", ", ") + Time(at);

    /// <summary>"martedì 14 aprile 2026, 09:30–10:30".</summary>
    public string Span(DateTimeOffset start, DateTimeOffset end) =>
        BusinessCalendar.RomeDate(start) == BusinessCalendar.RomeDate(end)
            ? $"{Day(start)}, {Time(start)}–{Time(end)}"
            : $"{When(start)} – {When(end)}";

    public string Category(Category category) => CategoryLabels.Label(category, Code);

    public string Kind(ApplicantKind kind) => kind switch
    {
        ApplicantKind.Citizen => T("Cittadino/a", "Citizen"),
        ApplicantKind.Business => T("Impresa", "Business"),
        ApplicantKind.YoungPerson => T("Giovane", "Young person"),
        ApplicantKind.Association => T("Associazione", "Association"),
        _ => T("Comune", "Municipality"),
    };

    public string Contact(ContactMode mode) => mode switch
    {
        ContactMode.AtDesk => T("Presso lo sportello", "At the desk"),
        ContactMode.Phone => T("Telefono", "Phone"),
        _ => T("Videochiamata", "Video call"),
    };

    public string Hours(OfficeHours hours) =>
        $"{Culture.DateTimeFormat.GetDayName(hours.Day)} {hours.From.ToString("HH:mm", CultureInfo.InvariantCulture)}–{hours.To.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    public string Place(MeetingSlot slot, string deskName, string deskAddress) =>
        slot.Place == MeetingPlace.AtDesk ? $"{deskName}, {deskAddress}" : T("A distanza, in videochiamata", "Remote, by video call");

    public string Step(DeskRequestStep step) => step switch
    {
        DeskRequestStep.AwaitingTriage => T("in attesa di assegnazione", "awaiting assignment"),
        DeskRequestStep.AwaitingPartnerReview => T("in esame presso il partner", "under review by the partner"),
        DeskRequestStep.InfoRequested => T("in attesa di informazioni", "awaiting information"),
        DeskRequestStep.Scheduling => T("in attesa delle date proposte dal partner", "awaiting the partner's proposed dates"),
        DeskRequestStep.ConvocationSent => T("convocazione inviata", "convocation sent"),
        DeskRequestStep.Confirmed => T("appuntamento confermato", "appointment confirmed"),
        DeskRequestStep.AwaitingOutcome => T("in attesa dell'esito dell'incontro", "awaiting the meeting's outcome"),
        DeskRequestStep.FollowUp => T("monitoraggio successivo", "follow-up"),
        DeskRequestStep.Closed => T("conclusa", "closed"),
        DeskRequestStep.Declined => T("non presa in carico", "declined"),
        DeskRequestStep.Withdrawn => T("ritirata", "withdrawn"),
        _ => T("registrata", "submitted"),
    };

    public string Outcome(MeetingOutcome outcome) => outcome switch
    {
        MeetingOutcome.Held => T("incontro svolto", "meeting held"),
        MeetingOutcome.NoShow => T("il richiedente non si è presentato", "the applicant did not come"),
        _ => T("incontro da riprogrammare", "meeting to be rescheduled"),
    };

    /// <summary>"Gentile Mario Rossi," or, when the desk reads it for the applicant, a greeting to the referent.</summary>
    public string Greeting(string name, bool viaDesk) =>
        viaDesk ? T("Gentile referente dello sportello,", "Dear desk referent,") : T($"Gentile {name},", $"Dear {name},");

    /// <summary>The line that tells the desk this mail is for an applicant without e-mail.</summary>
    public string ViaDeskNote(string applicantName) => T(
        $"Questo messaggio è per {applicantName}, che non ha un indirizzo e-mail: vi preghiamo di informarlo/a e, se serve, di rispondere per suo conto con i pulsanti qui sotto.",
        $"This message is for {applicantName}, who has no e-mail address: please let them know and, if needed, answer on their behalf with the buttons below.");

    public string ReminderPrefix(bool isReminder) => isReminder ? T("Promemoria: ", "Reminder: ") : string.Empty;
}
