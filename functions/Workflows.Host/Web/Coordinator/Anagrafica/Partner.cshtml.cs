using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Desk.Model;
using Workflows.Host.Anagrafica;
using Workflows.Host.Web.Desk;
using Workflows.Host.Web.Shared;

namespace Workflows.Host.Web.Coordinator.Anagrafica;

/// <summary>
/// Adds a partner with its topics and territories, changes it, deactivates or reactivates it. A partner that does
/// not serve the coordinator's network is a 404; the other networks a partner serves are kept.
/// </summary>
public sealed class PartnerModel(NetworkRegistry registry) : PageModel
{
    /// <summary>The network.</summary>
    public Network Network { get; private set; } = null!;

    /// <summary>The stored partner, null for a new one.</summary>
    public Workflows.Desk.Model.Partner? Existing { get; private set; }

    /// <summary>The query keeping the network on the links.</summary>
    public string Query { get; private set; } = string.Empty;

    /// <summary>The form's errors.</summary>
    public FieldErrors Errors { get; } = new();

    /// <summary>The id (new partners only).</summary>
    [BindProperty] public string? Id { get; set; }

    /// <summary>Name.</summary>
    [BindProperty] public string? Name { get; set; }

    /// <summary>Topics (category names).</summary>
    [BindProperty] public List<Category> Topics { get; set; } = [];

    /// <summary>ISTAT codes served.</summary>
    [BindProperty] public string? Comuni { get; set; }

    /// <summary>Province codes served.</summary>
    [BindProperty] public string? Provinces { get; set; }

    /// <summary>Reviewers' addresses.</summary>
    [BindProperty] public string? ReviewerEmails { get; set; }

    /// <summary>Business days to review.</summary>
    [BindProperty] public string? ReviewDays { get; set; }

    /// <summary>Language of the mails.</summary>
    [BindProperty] public string? Culture { get; set; }

    // The directory as read for this request: the form's values and their version come from the same read.
    private DirectorySnapshot _read = DirectorySnapshot.Empty;

    /// <summary>The stored version (ETag) the form was opened on: a save over someone else's change is refused.</summary>
    [BindProperty] public string? Version { get; set; }

    /// <summary>Shows the form.</summary>
    public async Task<IActionResult> OnGetAsync(string? key, string? network, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, network, cancellationToken))
        {
            return NotFound();
        }

        if (Existing is { } p)
        {
            Version = _read.VersionOf(DirectoryKind.Partner, p.Id);
            Id = p.Id;
            Name = p.Name;
            Topics = [.. p.Topics];
            Comuni = ListText.Format(p.Comuni);
            Provinces = ListText.Format(p.Provinces);
            ReviewerEmails = ListText.Format(p.ReviewerEmails);
            ReviewDays = p.EffectiveSla.EscalationBusinessDays.ToString(CultureInfo.InvariantCulture);
            Culture = p.Culture;
        }
        else
        {
            ReviewDays = PartnerSla.Default.EscalationBusinessDays.ToString(CultureInfo.InvariantCulture);
        }

        return Page();
    }

    /// <summary>Saves the partner.</summary>
    public async Task<IActionResult> OnPostAsync(string? key, string? network, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, network, cancellationToken))
        {
            return NotFound();
        }

        var partnerId = Existing?.Id ?? (Id ?? string.Empty).Trim();
        if (Existing is null && registry.Current.Directory.FindPartner(partnerId) is not null)
        {
            Errors.Add("id", Texts.Problem(new("id", DirectoryProblemKind.IdInvalid, partnerId)));
        }

        if (!int.TryParse(ReviewDays, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
        {
            Errors.Add("reviewDays", Texts.Problem(new("reviewDays", DirectoryProblemKind.ReviewDaysInvalid, ReviewDays)));
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var partner = new Workflows.Desk.Model.Partner(
            partnerId,
            Name ?? string.Empty,
            Existing is null ? [Network.Id] : Existing.NetworkIds,
            [.. Topics.Where(Enum.IsDefined)],
            ListText.Parse(Comuni),
            [.. ListText.Parse(Provinces).Select(p => p.ToUpperInvariant())],
            ListText.Parse(ReviewerEmails),
            DirectoryRules.ReviewSla(days),
            string.IsNullOrWhiteSpace(Culture) ? "it" : Culture,
            Existing?.Active ?? true);
        return await SaveAsync(partner, cancellationToken);
    }

    /// <summary>Deactivates or reactivates the partner.</summary>
    public async Task<IActionResult> OnPostToggleAsync(string? key, string? network, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, network, cancellationToken) || Existing is null)
        {
            return NotFound();
        }

        return await SaveAsync(Existing with { Active = !Existing.Active }, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(Workflows.Desk.Model.Partner partner, CancellationToken cancellationToken)
    {
        var write = await registry.SavePartnerAsync(partner, DirectoryScope.Author(User), Existing is null ? null : Version, cancellationToken);
        if (!write.Saved)
        {
            foreach (var p in write.Problems)
            {
                Errors.Add(p.Field, Texts.Problem(p));
            }

            return Page();
        }

        TempData[nameof(IndexModel.Saved)] = $"{partner.Name}: {Texts.DirectorySaved(write.Change!)}";
        return Redirect("/coordinator/directory" + Query);
    }

    private async Task<bool> LoadAsync(string? key, string? network, CancellationToken cancellationToken)
    {
        _read = await registry.GetAsync(cancellationToken);
        var directory = _read.Directory;
        if (DirectoryScope.NetworkOf(User, network, directory) is not { } chosen)
        {
            return false;
        }

        Network = chosen;
        Query = DirectoryScope.Query(User, chosen);
        if (key is null or "new")
        {
            return true;
        }

        Existing = directory.FindPartner(key);
        return Existing?.NetworkIds.Contains(chosen.Id) == true;
    }
}
