namespace Workflows.Desk.Email;

/// <summary>
/// What a template says, independent of the format: subject, heading, blocks, and the label of every button.
/// Templates only produce this; <see cref="EmailLayout"/> encodes and lays it out, so no template can forget encoding.
/// </summary>
internal sealed class EmailContent(string subject, string heading)
{
    public string Subject { get; } = subject;

    public string Heading { get; } = heading;

    /// <summary>The label of the code fact at the top ("Codice richiesta" by default).</summary>
    public string? CodeLabel { get; set; }

    public List<EmailBlock> Blocks { get; } = [];

    public Dictionary<string, string> ButtonLabels { get; } = new(StringComparer.Ordinal);

    public EmailContent P(string text)
    {
        Blocks.Add(new EmailBlock.Paragraph(text));
        return this;
    }

    public EmailContent H2(string text)
    {
        Blocks.Add(new EmailBlock.Heading(text));
        return this;
    }

    public EmailContent Facts(params EmailFact[] facts)
    {
        var shown = facts.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToList();
        if (shown.Count > 0)
        {
            Blocks.Add(new EmailBlock.Facts(shown));
        }

        return this;
    }

    public EmailContent Items(IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count > 0)
        {
            Blocks.Add(new EmailBlock.Items(list));
        }

        return this;
    }

    public EmailContent Quote(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            Blocks.Add(new EmailBlock.Quote(text));
        }

        return this;
    }

    public EmailContent Table(string caption, string labelHeader, string countHeader, IEnumerable<(string Label, string Count)> rows)
    {
        Blocks.Add(new EmailBlock.Table(caption, labelHeader, countHeader, rows.ToList()));
        return this;
    }

    /// <summary>The "what happens next" section.</summary>
    public EmailContent Next(EmailLanguage l, string text) => H2(l.T("Cosa succede ora", "What happens next")).P(text);

    public EmailContent Button(string action, string label)
    {
        ButtonLabels[action] = label;
        return this;
    }
}
