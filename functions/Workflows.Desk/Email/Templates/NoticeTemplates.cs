using Workflows.Desk.Email.Models;
using Workflows.Steps;

namespace Workflows.Desk.Email.Templates;

/// <summary>The notices shared by the event registration and the quarterly report.</summary>
internal static class NoticeTemplates
{
    public static IEnumerable<KeyValuePair<string, Func<SendEmail, EmailLanguage, EmailContent>>> All =>
    [
        TemplateEntry.Of<UndeliverableNoticeEmail>(EmailTemplates.UndeliverableNotice, Undeliverable),
        TemplateEntry.Of<CoordinatorStalledEmail>(EmailTemplates.CoordinatorStalled, Stalled),
    ];

    private static EmailContent Stalled(CoordinatorStalledEmail m, EmailLanguage l)
    {
        var title = l.T($"Richiesta {m.RequestCode} bloccata", $"Request {m.RequestCode} is stalled");
        return new EmailContent(title, title)
            .P(l.T(
                $"il passo in corso della richiesta {m.RequestCode} non riesce a concludersi. Non è persa: riprova da sola a intervalli crescenti e le azioni arrivate nel frattempo saranno eseguite dopo.",
                $"the current step of request {m.RequestCode} cannot complete. It is not lost: it retries by itself at growing intervals and the actions received meanwhile are carried out afterwards."))
            .Facts(
                new(l.T("Causa", "Cause"), m.Cause),
                new(l.T("Bloccata dal", "Stalled since"), l.When(m.Since)),
                new(l.T("Tentativi", "Attempts"), m.Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Next(l, l.T(
                "Segnalate la causa a chi gestisce il servizio; risolta la causa, «Riprova ora» nella pagina Richieste bloccate la fa ripartire subito. Riceverete al massimo un avviso al giorno finché resta bloccata.",
                "Report the cause to whoever runs the service; once fixed, “Retry now” on the Stalled requests page restarts it at once. You get at most one notice a day while it stays stalled."));
    }

    private static EmailContent Undeliverable(UndeliverableNoticeEmail m, EmailLanguage l)
    {
        var title = l.T($"E-mail non recapitata: {m.Subject}", $"E-mail not delivered: {m.Subject}");
        return new EmailContent(title, title)
            .P(l.T($"un'e-mail di «{m.Subject}» ({m.RequestCode}) non è arrivata al destinatario.", $"an e-mail about “{m.Subject}” ({m.RequestCode}) did not reach its recipient."))
            .Facts(
                new(l.T("Indirizzo", "Address"), m.Address),
                new(l.T("Esito dell'invio", "Delivery"), DeskRequestTemplates.UndeliverableKind(m.Kind, l)))
            .Next(l, l.T(
                "Verificate l'indirizzo e, se serve, avvisate la persona per telefono. L'e-mail è nell'elenco degli invii non riusciti del coordinamento, da cui si può inviare di nuovo.",
                "Check the address and, if needed, call the person. The e-mail is in the coordinators' list of failed e-mails, from which it can be sent again."));
    }
}
