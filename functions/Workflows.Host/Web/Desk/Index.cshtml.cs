using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Desk.Model;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Web.Desk;

/// <summary>The desk's requests, newest first, a page at a time (queried by the tag <c>desk</c>).</summary>
public sealed class IndexModel(NetworkDirectory directory, DeskRequestReader requests, TimeProvider time) : PageModel
{
    private const int PageSize = 20;

    /// <summary>The signed-in desk.</summary>
    public InnovationDesk Desk { get; private set; } = null!;

    /// <summary>The requests of this page.</summary>
    public IReadOnlyList<DeskRequestRecord> Items { get; private set; } = [];

    /// <summary>The token of the next page, if any.</summary>
    public string? Next { get; private set; }

    /// <summary>True when this is not the first page.</summary>
    public bool IsLaterPage { get; private set; }

    /// <summary>Now, for overdue marks.</summary>
    public DateTimeOffset Now { get; private set; }

    /// <summary>The partners' names.</summary>
    public NetworkDirectory Directory => directory;

    /// <summary>A message left by the previous page.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Lists the requests.</summary>
    public async Task<IActionResult> OnGetAsync(string? next, CancellationToken cancellationToken)
    {
        var deskId = User.FindFirst(StaffClaims.DeskId)?.Value;
        var desk = deskId is null ? null : directory.FindDesk(deskId);
        if (desk is null)
        {
            return NotFound();
        }

        Desk = desk;
        Now = time.GetUtcNow();
        IsLaterPage = !string.IsNullOrEmpty(next);
        (Items, Next) = await requests.ListForDeskAsync(desk.Id, string.IsNullOrEmpty(next) ? null : next, PageSize, cancellationToken);
        return Page();
    }
}
