using Workflows.Desk.Email.Models;
using Workflows.Desk.Events;
using Workflows.Steps;

namespace Workflows.Desk.Email.Templates;

/// <summary>The event-registration e-mails.</summary>
internal static class EventRegistrationTemplates
{
    public static IEnumerable<KeyValuePair<string, Func<SendEmail, EmailLanguage, EmailContent>>> All =>
    [
        TemplateEntry.Of<EventRegistrationConfirmedEmail>(EmailTemplates.EventRegistrationConfirmed, Confirmed),
        TemplateEntry.Of<EventReminderEmail>(EmailTemplates.EventReminder, Reminder),
        TemplateEntry.Of<EventRegistrationCancelledEmail>(EmailTemplates.EventRegistrationCancelled, Cancelled),
    ];

    private static EmailContent Confirmed(EventRegistrationConfirmedEmail m, EmailLanguage l)
    {
        var title = l.T($"Iscrizione confermata: {m.EventTitle}", $"Registration confirmed: {m.EventTitle}");
        var c = Base(title, l, m.RegistrantName)
            .P(l.T("la tua iscrizione è confermata.", "your registration is confirmed."));
        Facts(c, l, m.EventTitle, m.Start, m.End, m.Place, m.VideoUrl, m.OrganizerName);
        return c.P(l.T("In allegato trovi l'invito da aggiungere al tuo calendario.", "The invite for your calendar is attached."))
            .Next(l, l.T("Ti ricorderemo l'evento il giorno prima. Se non puoi partecipare, annulla l'iscrizione per lasciare il posto ad altri.", "We will remind you the day before. If you cannot attend, cancel to leave your seat to others."))
            .Button(EventRegistrationEvents.CancelAction, l.T("Annullo l'iscrizione", "I cancel my registration"));
    }

    private static EmailContent Reminder(EventReminderEmail m, EmailLanguage l)
    {
        var title = l.T($"Promemoria: {m.EventTitle} è domani", $"Reminder: {m.EventTitle} is tomorrow");
        var c = Base(title, l, m.RegistrantName).P(l.T("ti ricordiamo l'evento a cui sei iscritto/a.", "this is a reminder of the event you registered for."));
        Facts(c, l, m.EventTitle, m.Start, m.End, m.Place, m.VideoUrl, m.OrganizerName);
        return c.Next(l, l.T("Se non puoi più partecipare, annulla l'iscrizione.", "If you can no longer attend, cancel your registration."))
            .Button(EventRegistrationEvents.CancelAction, l.T("Annullo l'iscrizione", "I cancel my registration"));
    }

    private static EmailContent Cancelled(EventRegistrationCancelledEmail m, EmailLanguage l)
    {
        var title = l.T($"Iscrizione annullata: {m.EventTitle}", $"Registration cancelled: {m.EventTitle}");
        return Base(title, l, m.RegistrantName)
            .P(l.T($"la tua iscrizione a «{m.EventTitle}» del {l.When(m.Start)} è annullata.", $"your registration for \"{m.EventTitle}\" on {l.When(m.Start)} is cancelled."))
            .P(l.T("L'allegato toglie l'evento dal tuo calendario.", "The attachment removes the event from your calendar."))
            .Next(l, l.T("Non devi fare altro. Puoi iscriverti di nuovo finché ci sono posti.", "Nothing else to do. You can register again while seats are available."));
    }

    private static EmailContent Base(string title, EmailLanguage l, string name) =>
        new EmailContent(title, title) { CodeLabel = l.T("Codice iscrizione", "Registration code") }
            .P(l.T($"Gentile {name},", $"Dear {name},"));

    private static void Facts(EmailContent c, EmailLanguage l, string title, DateTimeOffset start, DateTimeOffset end, string? place, string? videoUrl, string organizer) =>
        c.Facts(
            new(l.T("Evento", "Event"), title),
            new(l.T("Quando", "When"), l.Span(start, end)),
            new(l.T("Dove", "Where"), place),
            new(l.T("Link della videochiamata", "Video-call link"), videoUrl, videoUrl),
            new(l.T("Organizzato da", "Organised by"), organizer));
}
