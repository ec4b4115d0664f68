using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Desk.Model;
using Workflows.Host.Anagrafica;
using Workflows.Host.Web.Desk;
using Workflows.Host.Web.Shared;

namespace Workflows.Host.Web.Coordinator.Anagrafica;

/// <summary>
/// The flow every entry page of the directory (a desk, a partner, a person) shares: the directory is read once per
/// request, the network is the one the coordinator manages and an entry outside it is a 404; the form opens on the
/// stored version (ETag), a save over someone else's change is refused and shows the form again, closing and
/// reopening is a save of the entry with <c>Active</c> turned, and a save goes back to the directory saying what changed.
/// Each page keeps its fields, how they are read from and written to the entry, and which save of the registry it calls.
/// </summary>
/// <typeparam name="TEntry">The stored entry.</typeparam>
public abstract class DirectoryEntryPage<TEntry>(NetworkRegistry registry) : PageModel
    where TEntry : class
{
    /// <summary>The network.</summary>
    public Network Network { get; private set; } = null!;

    /// <summary>The stored entry, null for a new one.</summary>
    public TEntry? Existing { get; private set; }

    /// <summary>The query keeping the network on the links.</summary>
    public string Query { get; private set; } = string.Empty;

    /// <summary>The form's errors.</summary>
    public FieldErrors Errors { get; } = new();

    /// <summary>The stored version (ETag) the form was opened on: a save over someone else's change is refused.</summary>
    [BindProperty] public string? Version { get; set; }

    /// <summary>The directory as read for this request: the form's values and their version come from the same read.</summary>
    protected DirectorySnapshot Read { get; private set; } = DirectorySnapshot.Empty;

    /// <summary>The registry the page reads and saves.</summary>
    protected NetworkRegistry Registry { get; } = registry;

    /// <summary>The entry's key from the address, null for a new entry.</summary>
    protected abstract string? Key { get; }

    /// <summary>Shows the form.</summary>
    public async Task<IActionResult> OnGetAsync(string? network, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(network, cancellationToken))
        {
            return NotFound();
        }

        if (Existing is not null)
        {
            Version = VersionOf(Existing);
        }

        Fill(Existing);
        return Page();
    }

    /// <summary>Saves the entry.</summary>
    public async Task<IActionResult> OnPostAsync(string? network, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(network, cancellationToken))
        {
            return NotFound();
        }

        return FromForm() is { } entry ? await SaveAsync(entry, cancellationToken) : Page();
    }

    /// <summary>Closes or reopens (deactivates or reactivates) the entry.</summary>
    public async Task<IActionResult> OnPostToggleAsync(string? network, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(network, cancellationToken) || Existing is null)
        {
            return NotFound();
        }

        return await SaveAsync(Toggled(Existing), cancellationToken);
    }

    /// <summary>The entry of <paramref name="key"/> in <see cref="Read"/> when it belongs to <paramref name="network"/>, null otherwise.</summary>
    protected abstract TEntry? Find(string key, Network network);

    /// <summary>The stored version of <paramref name="entry"/> in <see cref="Read"/>.</summary>
    protected abstract string? VersionOf(TEntry entry);

    /// <summary>Fills the form from <paramref name="entry"/>, or with the defaults of a new entry when null.</summary>
    protected abstract void Fill(TEntry? entry);

    /// <summary>The entry the form describes, or null with <see cref="Errors"/> saying why.</summary>
    protected abstract TEntry? FromForm();

    /// <summary><paramref name="entry"/> closed when active, reopened otherwise.</summary>
    protected abstract TEntry Toggled(TEntry entry);

    /// <summary>The entry's name, for the message on the directory.</summary>
    protected abstract string NameOf(TEntry entry);

    /// <summary>Checks and saves <paramref name="entry"/> through the registry, only over <paramref name="version"/> when given.</summary>
    protected abstract Task<DirectoryWrite> WriteAsync(TEntry entry, string by, string? version, CancellationToken cancellationToken);

    private async Task<IActionResult> SaveAsync(TEntry entry, CancellationToken cancellationToken)
    {
        var write = await WriteAsync(entry, DirectoryScope.Author(User), Existing is null ? null : Version, cancellationToken);
        if (!write.Saved)
        {
            foreach (var p in write.Problems)
            {
                Errors.Add(p.Field, Texts.Problem(p));
            }

            return Page();
        }

        TempData[nameof(IndexModel.Saved)] = $"{NameOf(entry)}: {Texts.DirectorySaved(write.Change!)}";
        return Redirect("/coordinator/directory" + Query);
    }

    private async Task<bool> LoadAsync(string? network, CancellationToken cancellationToken)
    {
        Read = await Registry.GetAsync(cancellationToken);
        if (DirectoryScope.NetworkOf(User, network, Read.Directory) is not { } chosen)
        {
            return false;
        }

        Network = chosen;
        Query = DirectoryScope.Query(User, chosen);
        if (Key is not { } key)
        {
            return true;
        }

        Existing = Find(key, chosen);
        return Existing is not null;
    }
}
