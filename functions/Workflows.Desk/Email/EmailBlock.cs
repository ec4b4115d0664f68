namespace Workflows.Desk.Email;

/// <summary>One block of an e-mail body. The layout turns blocks into HTML (encoded) and plain text.</summary>
internal abstract record EmailBlock
{
    /// <summary>A paragraph.</summary>
    public sealed record Paragraph(string Text) : EmailBlock;

    /// <summary>A second-level heading.</summary>
    public sealed record Heading(string Text) : EmailBlock;

    /// <summary>A list of labelled facts.</summary>
    public sealed record Facts(IReadOnlyList<EmailFact> List) : EmailBlock;

    /// <summary>A bulleted list.</summary>
    public sealed record Items(IReadOnlyList<string> Lines) : EmailBlock;

    /// <summary>Text written by a person (a description, a question), shown as a quotation keeping its line breaks.</summary>
    public sealed record Quote(string Text) : EmailBlock;

    /// <summary>A two-column table with a caption (the quarterly figures).</summary>
    public sealed record Table(string Caption, string LabelHeader, string CountHeader, IReadOnlyList<(string Label, string Count)> Rows) : EmailBlock;
}
