using System.ComponentModel.DataAnnotations;

namespace Workflows.Email;

/// <summary>The local mailbox (section <c>Email:LocalMailbox</c>): the sender used when no provider is configured.</summary>
public sealed class LocalMailboxOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Email:LocalMailbox";

    /// <summary>The table holding the mails.</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$", ErrorMessage = "A table name is 3-63 letters and digits, starting with a letter.")]
    public string TableName { get; set; } = "LocalMailbox";

    /// <summary>
    /// A storage connection string. When empty the mailbox uses the application's registered
    /// <c>TableServiceClient</c>, or Azurite (<c>UseDevelopmentStorage=true</c>) when there is none.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Drills and the crash test only: until this instant the mailbox fails every mail as an unreachable storage would
    /// (an error, not a provider's answer), so the requests' turns stall and resume once it has passed.
    /// </summary>
    public DateTimeOffset? UnavailableUntil { get; set; }
}
