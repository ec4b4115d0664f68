namespace Workflows.Host.Anagrafica;

/// <summary>The first network of a deployment (<c>Directory:Bootstrap</c>).</summary>
public sealed class DirectoryBootstrapOptions
{
    /// <summary>The network's id (lower-case letters, digits, dashes), e.g. <c>anci-piemonte</c>.</summary>
    public string? NetworkId { get; set; }

    /// <summary>The network's name as the pages and mails show it.</summary>
    public string? NetworkName { get; set; }

    /// <summary>The coordinators' addresses, separated by commas or semicolons.</summary>
    public string? Coordinators { get; set; }

    /// <summary>The coordinators, trimmed, without empty entries.</summary>
    public IReadOnlyList<string> CoordinatorList =>
        [.. (Coordinators ?? string.Empty).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>True when a network is configured.</summary>
    public bool IsSet => !string.IsNullOrWhiteSpace(NetworkId);
}
