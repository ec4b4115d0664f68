using System.ComponentModel.DataAnnotations;

namespace Workflows.Host.Retention;

/// <summary>How long the personal data of ended requests and registrations are kept (section <c>Retention</c>).</summary>
public sealed class RetentionOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Retention";

    /// <summary>
    /// Days after a request or registration ends (closed, declined, withdrawn, cancelled) before its personal data
    /// are erased. The privacy notice read at the desk states it: a change of period is a new notice, so give
    /// <c>PrivacyNotice.Version</c> a new version too (desks then confirm the new text with the applicant).
    /// </summary>
    [Range(1, 3650)]
    public int ErasePersonalDataAfterDays { get; set; } = 30;

    /// <summary>
    /// When a local process (no Functions host) first runs the erasure after it starts; then once a day. Under the
    /// Functions host the <c>retention</c> timer function runs it every night instead.
    /// </summary>
    public TimeSpan LocalFirstRunDelay { get; set; } = TimeSpan.FromMinutes(10);
}
