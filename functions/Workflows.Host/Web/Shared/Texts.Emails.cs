namespace Workflows.Host.Web.Shared;

public static partial class Texts
{
    public static string UndeliveredTitle => L("E-mail non consegnate", "Undelivered e-mails");
    public static string UndeliveredIntro => L(
        "Il fornitore di posta ha rifiutato queste e-mail (indirizzo errato, casella inesistente, mittente non autorizzato). Lo sportello della richiesta è già stato avvisato. Dopo aver corretto la causa, riprova l'invio: la richiesta resta dove si trova.",
        "The mail provider refused these e-mails (wrong address, no such mailbox, sender not allowed). The request's desk has been told already. Once the cause is fixed, send again: the request stays where it is.");
    public static string UndeliveredNone => L("Nessuna e-mail rifiutata nelle tue reti.", "No refused e-mail in your networks.");
    public static string UndeliveredCaption => L("E-mail rifiutate dal fornitore, dalla più recente", "E-mails refused by the provider, newest first");
    public static string UndeliveredRequest => L("Richiesta", "Request");
    public static string UndeliveredKind => L("E-mail", "E-mail");
    public static string UndeliveredReason => L("Motivo del rifiuto", "Why it was refused");
    public static string UndeliveredAt => L("Rifiutata il", "Refused on");
    public static string UndeliveredRetry => L("Riprova l'invio", "Send again");
    public static string UndeliveredRetryOf(string code) => L($"Riprova l'invio dell'e-mail della richiesta {code}", $"Send again the e-mail of request {code}");
    public static string UndeliveredRetryAll(int count) => L($"Riprova tutte ({count})", $"Send all again ({count})");
    public static string UndeliveredRetried => L("Invio ripreso: l'e-mail ripartirà entro pochi secondi.", "Sending again: the e-mail leaves within seconds.");
    public static string UndeliveredRetriedAll(int count) => L($"Invio ripreso per {count} e-mail.", $"Sending {count} e-mails again.");
    public static string UndeliveredGone => L("Questa e-mail non è più in elenco: forse è già stata ripresa.", "This e-mail is no longer listed: perhaps it was retried already.");

    public static string StalledTitle => L("Richieste bloccate", "Stalled requests");
    public static string StalledIntro => L(
        "Il passo in corso di queste richieste non riesce a concludersi (archivio non raggiungibile, un errore nel servizio). Nessuna è persa: ciascuna riprova da sola a intervalli crescenti e le azioni arrivate nel frattempo saranno eseguite dopo. Risolta la causa, «Riprova ora» la fa ripartire subito.",
        "The current step of these requests cannot complete (storage unreachable, an error in the service). None is lost: each retries by itself at growing intervals and the actions received meanwhile are carried out afterwards. Once the cause is fixed, “Retry now” restarts it at once.");
    public static string StalledNone => L("Nessuna richiesta bloccata nelle tue reti.", "No stalled request in your networks.");
    public static string StalledCaption => L("Richieste bloccate, dalla più vecchia", "Stalled requests, oldest first");
    public static string StalledStep => L("Passo", "Step");
    public static string StalledCause => L("Causa", "Cause");
    public static string StalledSince => L("Bloccata dal", "Stalled since");
    public static string StalledAttempts => L("Tentativi", "Attempts");
    public static string StalledRetry => L("Riprova ora", "Retry now");
    public static string StalledRetryOf(string code) => L($"Riprova ora la richiesta {code}", $"Retry request {code} now");
    public static string StalledRetried => L("Ripresa chiesta: la richiesta riprova il passo entro pochi secondi.", "Retry asked: the request tries its step again within seconds.");
    public static string StalledGone => L("Questa richiesta non è più bloccata (o non è nelle tue reti).", "This request is no longer stalled (or not in your networks).");
}
