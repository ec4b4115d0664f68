using Workflows.Desk.Email.Models;
using Workflows.Steps;

namespace Workflows.Desk.Email.Templates;

/// <summary>The notices shared by the event registration and the quarterly report.</summary>
internal static class NoticeTemplates
{
    public static IEnumerable<KeyValuePair<string, Func<SendEmail, EmailLanguage, EmailContent>>> All =>
    [
        TemplateEntry.Of<UndeliverableNoticeEmail>(EmailTemplates.UndeliverableNotice, Undeliverable),
    ];

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
