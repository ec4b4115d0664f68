namespace Workflows.Host.Anagrafica;

/// <summary>The file formats of the first load and the export.</summary>
public enum DirectoryFormat
{
    /// <summary>CSV with a header line (comma or semicolon).</summary>
    Csv,

    /// <summary>A JSON array of entries, as the table stores them.</summary>
    Json,
}
