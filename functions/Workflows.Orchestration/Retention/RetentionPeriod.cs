using System.ComponentModel.DataAnnotations;

namespace Workflows.Orchestration.Retention;

/// <summary>How long personal data of ended instances are kept (section <c>Retention</c>, the same keys as the web app's).</summary>
public sealed class RetentionPeriod
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Retention";

    /// <summary>Days after an instance ends before its personal data are erased (the privacy notice states it).</summary>
    [Range(1, 3650)]
    public int ErasePersonalDataAfterDays { get; set; } = 30;

    /// <summary>The period as a time span.</summary>
    public TimeSpan Keep => TimeSpan.FromDays(ErasePersonalDataAfterDays);
}
