using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Desk.Model;
using Workflows.Host.Anagrafica;

namespace Workflows.Host.Web.Coordinator.Anagrafica;

/// <summary>
/// A network's first load (one CSV or JSON file per kind: a preview listing each line's errors, then the load) and
/// its export in the same formats.
/// </summary>
public sealed class ImportModel(NetworkRegistry registry, DirectoryImport import) : PageModel
{
    /// <summary>The largest file taken, in bytes.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>The network.</summary>
    public Network Network { get; private set; } = null!;

    /// <summary>The query keeping the network on the links.</summary>
    public string Query { get; private set; } = string.Empty;

    /// <summary>Desks, partners or staff.</summary>
    [BindProperty] public DirectoryKind Kind { get; set; } = DirectoryKind.Desk;

    /// <summary>CSV or JSON.</summary>
    [BindProperty] public DirectoryFormat Format { get; set; } = DirectoryFormat.Csv;

    /// <summary>The uploaded file.</summary>
    [BindProperty] public IFormFile? Upload { get; set; }

    /// <summary>The pasted content (when no file is uploaded).</summary>
    [BindProperty] public string? Pasted { get; set; }

    /// <summary>The lines read, after a preview or a load.</summary>
    public IReadOnlyList<ImportLine>? Lines { get; private set; }

    /// <summary>How many entries the load changed; null after a preview.</summary>
    public int? Changed { get; private set; }

    /// <summary>True when the file was empty.</summary>
    public bool Empty { get; private set; }

    /// <summary>Shows the form and the export links.</summary>
    public async Task<IActionResult> OnGetAsync(string? network, CancellationToken cancellationToken) =>
        await LoadAsync(network, cancellationToken) ? Page() : NotFound();

    /// <summary>The network's entries of one kind as a file.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? network, DirectoryKind kind, DirectoryFormat format, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(network, cancellationToken) || !Enum.IsDefined(kind) || kind == DirectoryKind.Network || !Enum.IsDefined(format))
        {
            return NotFound();
        }

        var text = DirectoryFiles.Write(kind, format, registry.Current, Network.Id);
        var type = format == DirectoryFormat.Csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(), type, DirectoryFiles.FileName(Network.Id, kind, format));
    }

    /// <summary>Reads and checks the file; saves nothing.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(string? network, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(network, cancellationToken) || !Valid())
        {
            return NotFound();
        }

        var text = await TextAsync(cancellationToken);
        if (text.Length > 0)
        {
            Lines = await import.PreviewAsync(Kind, Format, text, Network.Id, cancellationToken);
        }

        Empty = Lines is null || Lines.Count == 0;
        return Page();
    }

    /// <summary>Loads the file when no line has an error.</summary>
    public async Task<IActionResult> OnPostApplyAsync(string? network, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(network, cancellationToken) || !Valid())
        {
            return NotFound();
        }

        var text = await TextAsync(cancellationToken);
        if (text.Length > 0)
        {
            (Lines, var changed) = await import.ApplyAsync(Kind, Format, text, Network.Id, DirectoryScope.Author(User), cancellationToken);
            Changed = Lines.Any(l => l.Problems.Count > 0) ? null : changed;
        }

        Empty = Lines is null || Lines.Count == 0;
        return Page();
    }

    private bool Valid() => Enum.IsDefined(Kind) && Kind != DirectoryKind.Network && Enum.IsDefined(Format);

    private async Task<string> TextAsync(CancellationToken cancellationToken)
    {
        if (Upload is { Length: > 0 and <= MaxFileBytes } file)
        {
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            Pasted = await reader.ReadToEndAsync(cancellationToken);
        }

        return (Pasted ?? string.Empty).Length > MaxFileBytes ? string.Empty : (Pasted ?? string.Empty).Trim('\uFEFF', ' ', '\r', '\n');
    }

    private async Task<bool> LoadAsync(string? network, CancellationToken cancellationToken)
    {
        var directory = (await registry.GetAsync(cancellationToken)).Directory;
        if (DirectoryScope.NetworkOf(User, network, directory) is not { } chosen)
        {
            return false;
        }

        Network = chosen;
        Query = DirectoryScope.Query(User, chosen);
        return true;
    }
}
