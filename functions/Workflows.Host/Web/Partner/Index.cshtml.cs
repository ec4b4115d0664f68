using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Desk.Model;
using Workflows.Host.Web.Desk;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Web.Partner;

/// <summary>The partner's inbox: its open requests (tag <c>partner</c>), the most urgent first, the overdue ones marked.</summary>
public sealed class IndexModel(NetworkDirectory directory, DeskRequestReader requests, TimeProvider time) : PageModel
{
    private const int MaxShown = 500;

    /// <summary>The signed-in partner.</summary>
    public Workflows.Desk.Model.Partner Partner { get; private set; } = null!;

    /// <summary>The open requests by urgency.</summary>
    public IReadOnlyList<DeskRequestRecord> Items { get; private set; } = [];

    /// <summary>Now, for overdue marks.</summary>
    public DateTimeOffset Now { get; private set; }

    /// <summary>How many are overdue.</summary>
    public int OverdueCount { get; private set; }

    /// <summary>A message left by the previous page.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Lists the work.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var partnerId = User.FindFirst(StaffClaims.PartnerId)?.Value;
        var partner = partnerId is null ? null : directory.FindPartner(partnerId);
        if (partner is null)
        {
            return NotFound();
        }

        Partner = partner;
        Now = time.GetUtcNow();
        Items = await requests.OpenForPartnerAsync(partner.Id, MaxShown, cancellationToken);
        OverdueCount = Items.Count(r => r.IsOverdue(Now));
        return Page();
    }
}
