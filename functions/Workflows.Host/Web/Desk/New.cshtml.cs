using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Desk.Calendar;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Host.Runtime;
using Workflows.Steps;
using Workflows.Host.Web.Shared;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Web.Desk;

/// <summary>
/// The intake form: the desk referent files a request for an applicant. The comune is the desk's; the form carries
/// a key generated when it is shown, so sending it twice makes one request.
/// </summary>
[RequestSizeLimit(32 * 1024)]
public sealed class NewModel(
    NetworkDirectory directory,
    IWorkflowCommands commands,
    IWorkflowQueries queries,
    RequestCodeSequence codes,
    TimeProvider time,
    ILogger<NewModel> logger) : PageModel
{
    /// <summary>Shortest description accepted.</summary>
    public const int DescriptionMin = 20;

    /// <summary>Longest description accepted.</summary>
    public const int DescriptionMax = 2000;

    /// <summary>Longest name accepted.</summary>
    public const int NameMax = 200;

    /// <summary>The filing desk.</summary>
    public InnovationDesk Desk { get; private set; } = null!;

    /// <summary>The desk's comune (the request's comune).</summary>
    public Comune Comune { get; private set; } = null!;

    /// <summary>Applicant kind (an <see cref="ApplicantKind"/> name).</summary>
    [BindProperty]
    public string? Kind { get; set; }

    /// <summary>Name or company name.</summary>
    [BindProperty]
    public string? Name { get; set; }

    /// <summary>Optional e-mail.</summary>
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>Optional phone.</summary>
    [BindProperty]
    public string? Phone { get; set; }

    /// <summary>The applicant's language: <c>it</c> or <c>en</c>.</summary>
    [BindProperty]
    public string? Language { get; set; } = Cultures.Italian;

    /// <summary>Category (a <see cref="Workflows.Desk.Model.Category"/> name).</summary>
    [BindProperty]
    public string? Category { get; set; }

    /// <summary>The request in the applicant's words.</summary>
    [BindProperty]
    public string? Description { get; set; }

    /// <summary>Preferred contact (a <see cref="ContactMode"/> name).</summary>
    [BindProperty]
    public string? Contact { get; set; }

    /// <summary>The consent checkbox.</summary>
    [BindProperty]
    public bool Consent { get; set; }

    /// <summary>The version of the privacy notice the form showed.</summary>
    [BindProperty]
    public string? PrivacyVersion { get; set; }

    /// <summary>The form's idempotency key (generated when shown).</summary>
    [BindProperty]
    public string? FormKey { get; set; }

    /// <summary>Validation messages by field name, in the form's order.</summary>
    public FieldErrors Errors { get; } = new();

    /// <summary>Shows an empty form with a fresh key.</summary>
    public IActionResult OnGet()
    {
        if (!LoadDesk())
        {
            return NotFound();
        }

        FormKey = NewKey();
        PrivacyVersion = PrivacyNotice.Version;
        return Page();
    }

    /// <summary>Validates and files the request (once per form key), then shows its code.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!LoadDesk())
        {
            return NotFound();
        }

        if (!IsKey(FormKey))
        {
            return BadRequest();
        }

        var intake = Validate();
        if (intake is null)
        {
            return Page();
        }

        // The key is scoped to the desk, so no desk can reach another desk's request by replaying its key.
        var idempotencyKey = $"desk-intake:{Desk.Id}:{FormKey}";
        var instanceId = InstanceId.FromIdempotencyKey(DeskRequestWorkflow.WorkflowName, idempotencyKey);
        if (await queries.GetInstanceAsync(instanceId, includeTimeline: false, cancellationToken) is not null)
        {
            return RedirectToSent(instanceId);
        }

        var year = BusinessCalendar.RomeDate(time.GetUtcNow()).Year;
        var code = await codes.NextCodeAsync(Comune.Province, year, cancellationToken);
        var input = directory.PrepareRequest(intake, code);
        var result = await commands.StartAsync(
            DeskRequestWorkflow.WorkflowName, input, new StartOptions { IdempotencyKey = idempotencyKey }, cancellationToken);
        if (result.Rejection is not null)
        {
            logger.IntakeRefused(Desk.Id, result.Rejection);
            Errors.Add(FieldErrors.Form, Texts.IntakeRefused(result.Rejection));
            return Page();
        }

        logger.IntakeFiled(Desk.Id, result.InstanceId.Value, result.Created);
        return RedirectToSent(result.InstanceId);
    }

    private RedirectResult RedirectToSent(InstanceId id) => Redirect($"/desk/requests/{id}/sent");

    private bool LoadDesk()
    {
        var deskId = User.FindFirst(StaffClaims.DeskId)?.Value;
        // A closed desk files nothing new (its earlier requests stay readable on the desk's list).
        var desk = deskId is null ? null : directory.FindDesk(deskId) is { Active: true } open ? open : null;
        var comune = desk is null ? null : directory.FindComune(desk.ComuneIstat);
        if (desk is null || comune is null)
        {
            return false;
        }

        Desk = desk;
        Comune = comune;
        return true;
    }

    private DeskIntake? Validate()
    {
        Name = Name?.Trim();
        Email = Email?.Trim();
        Phone = Phone?.Trim();
        Description = Description?.Trim();

        var kind = ParseEnum<ApplicantKind>(Kind);
        if (kind is null)
        {
            Errors.Add(nameof(Kind), Texts.KindRequired);
        }

        if (string.IsNullOrEmpty(Name))
        {
            Errors.Add(nameof(Name), Texts.NameRequired);
        }
        else if (Name.Length > NameMax)
        {
            Errors.Add(nameof(Name), Texts.NameTooLong(NameMax));
        }

        if (!string.IsNullOrEmpty(Email) && !SignInAddress.IsValid(Email))
        {
            Errors.Add(nameof(Email), Texts.ApplicantEmailInvalid);
        }

        var contact = ParseEnum<ContactMode>(Contact);
        if (!string.IsNullOrEmpty(Phone) && !IsPhone(Phone))
        {
            Errors.Add(nameof(Phone), Texts.PhoneInvalid);
        }
        else if (string.IsNullOrEmpty(Phone) && contact == ContactMode.Phone)
        {
            Errors.Add(nameof(Phone), Texts.PhoneNeeded);
        }

        if (Language is not (Cultures.Italian or Cultures.English))
        {
            Errors.Add(nameof(Language), Texts.LanguageRequired);
        }

        var category = ParseEnum<Category>(Category);
        if (category is null)
        {
            Errors.Add(nameof(Category), Texts.CategoryRequired);
        }

        if (string.IsNullOrEmpty(Description))
        {
            Errors.Add(nameof(Description), Texts.DescriptionRequired);
        }
        else if (Description.Length < DescriptionMin)
        {
            Errors.Add(nameof(Description), Texts.DescriptionTooShort(DescriptionMin));
        }
        else if (Description.Length > DescriptionMax)
        {
            Errors.Add(nameof(Description), Texts.DescriptionTooLong(DescriptionMax, Description.Length));
        }

        if (contact is null)
        {
            Errors.Add(nameof(Contact), Texts.ContactRequired);
        }

        if (!Consent)
        {
            Errors.Add(nameof(Consent), Texts.ConsentRequired);
        }
        else if (PrivacyVersion != PrivacyNotice.Version)
        {
            // The notice changed while the form was open: the applicant must hear the new one.
            Consent = false;
            PrivacyVersion = PrivacyNotice.Version;
            Errors.Add(nameof(Consent), Texts.ConsentOutdated);
        }

        if (Errors.Count > 0)
        {
            return null;
        }

        var applicant = new Applicant(kind!.Value, Name!, string.IsNullOrEmpty(Email) ? null : Email, string.IsNullOrEmpty(Phone) ? null : Phone, Language!);
        return new DeskIntake(
            Desk.Id,
            Comune.Istat,
            applicant,
            category!.Value,
            Description!,
            contact!.Value,
            new PrivacyConsent(PrivacyNotice.Version, time.GetUtcNow()));
    }

    private static TEnum? ParseEnum<TEnum>(string? value)
        where TEnum : struct, Enum =>
        !string.IsNullOrEmpty(value) && !char.IsAsciiDigit(value[0]) && Enum.TryParse<TEnum>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : null;

    private static bool IsPhone(string phone)
    {
        var digits = phone.Count(char.IsAsciiDigit);
        return phone.Length <= 25
            && digits is >= 6 and <= 15
            && phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '.' or '/' or '(' or ')')
            && phone.IndexOf('+', 1) < 0;
    }

    private static string NewKey() => Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);

    private static bool IsKey(string? key) => key is { Length: 32 } && key.All(char.IsAsciiHexDigitLower);
}
