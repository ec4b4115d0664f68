namespace Workflows.Host.Web.Desk;

/// <summary>
/// The validation messages of a form by field name, in the order the fields appear, for the error summary (links to
/// the fields) and the message under each field.
/// </summary>
public sealed class FieldErrors
{
    /// <summary>The pseudo-field of a message about the whole form.</summary>
    public const string Form = "form";

    private readonly List<KeyValuePair<string, string>> _messages = [];

    /// <summary>How many messages.</summary>
    public int Count => _messages.Count;

    /// <summary>The messages in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> All => _messages;

    /// <summary>Adds the message of <paramref name="field"/> (the first message of a field wins).</summary>
    public void Add(string field, string message)
    {
        if (!Has(field))
        {
            _messages.Add(new(field, message));
        }
    }

    /// <summary>True when <paramref name="field"/> has a message.</summary>
    public bool Has(string field) => _messages.Exists(m => m.Key == field);

    /// <summary>The message of <paramref name="field"/>, or null.</summary>
    public string? this[string field] => _messages.Find(m => m.Key == field).Value;
}
