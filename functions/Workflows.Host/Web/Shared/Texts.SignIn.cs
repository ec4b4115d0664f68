namespace Workflows.Host.Web.Shared;

public static partial class Texts
{
    public static string SignInTitle => L("Accesso per il personale della rete", "Sign-in for the network's staff");
    public static string SignInIntro => L(
        "Inserisci l'indirizzo e-mail con cui sei registrato come referente di sportello, partner o coordinatore. Ti invieremo un link per accedere, valido 15 minuti e utilizzabile una sola volta.",
        "Enter the e-mail address you are registered with as a desk referent, partner or coordinator. We will send you a sign-in link, valid for 15 minutes and usable once.");
    public static string EmailLabel => L("Indirizzo e-mail", "E-mail address");
    public static string EmailHint => L("Ad esempio nome.cognome@comune.esempio.it", "For example name.surname@town.example.it");
    public static string SendLink => L("Inviami il link di accesso", "Send me the sign-in link");
    public static string EmailRequired => L("Inserisci l'indirizzo e-mail.", "Enter your e-mail address.");
    public static string EmailInvalid => L("L'indirizzo e-mail non è valido: controlla di averlo scritto per intero, ad esempio nome@comune.it.", "The e-mail address is not valid: check you wrote it in full, for example name@town.it.");
    public static string FormHasErrors => L("Il modulo contiene errori:", "The form has errors:");
    public static string SentTitle => L("Controlla la tua casella e-mail", "Check your mailbox");
    public static string SentText => L(
        "Se l'indirizzo è registrato, riceverai a breve un'e-mail con il link per accedere. Il link vale 15 minuti e si può usare una sola volta.",
        "If the address is registered, you will shortly receive an e-mail with the sign-in link. The link is valid for 15 minutes and can be used once.");
    public static string SentNoMail => L(
        "Non è arrivato nulla? Controlla la posta indesiderata, oppure chiedi un nuovo link.",
        "Nothing arrived? Check your spam folder, or ask for a new link.");
    public static string AskNewLink => L("Chiedi un nuovo link", "Ask for a new link");
    public static string ConfirmTitle => L("Conferma l'accesso", "Confirm your sign-in");
    public static string ConfirmText => L(
        "Premi il pulsante per accedere al servizio. Il link verrà consumato e non potrà essere usato di nuovo.",
        "Press the button to sign in. The link will be used up and cannot be used again.");
    public static string ConfirmButton => L("Accedi ora", "Sign in now");
    public static string LinkInvalidTitle => L("Link non valido", "Invalid link");
    public static string LinkInvalidText => L(
        "Questo link di accesso non è valido. Copia l'indirizzo per intero dall'e-mail o chiedi un nuovo link.",
        "This sign-in link is not valid. Copy the whole address from the e-mail or ask for a new link.");
    public static string LinkExpiredTitle => L("Link scaduto", "Link expired");
    public static string LinkExpiredText => L(
        "Questo link di accesso è scaduto: vale 15 minuti dall'invio. Chiedine uno nuovo.",
        "This sign-in link has expired: it is valid for 15 minutes after it is sent. Ask for a new one.");
    public static string LinkUsedTitle => L("Link già utilizzato", "Link already used");
    public static string LinkUsedText => L(
        "Questo link di accesso è già stato utilizzato. Ogni link vale una sola volta: chiedine uno nuovo.",
        "This sign-in link has already been used. Each link works once: ask for a new one.");
    public static string SignedOutTitle => L("Sei uscito dal servizio", "You have signed out");
    public static string SignedOutText => L("La sessione è stata chiusa su questo dispositivo.", "Your session on this device has been closed.");
}
