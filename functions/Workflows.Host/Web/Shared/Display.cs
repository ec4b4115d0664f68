using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Html;
using Workflows.Host.Runtime;
using Workflows.Steps;
using Workflows.Host.Web.Coordinator;

namespace Workflows.Host.Web.Shared;

/// <summary>How the pages show times, statuses and ids.</summary>
public static class Display
{
    /// <summary>A <c>&lt;time&gt;</c> element in Rome time, e.g. "2 mar 2026, 09:00".</summary>
    public static IHtmlContent Time(DateTimeOffset? instant)
    {
        if (instant is not { } value || value == default)
        {
            return new HtmlString("—");
        }

        var rome = TimeZoneInfo.ConvertTime(value, InstanceFilter.Rome);
        var text = rome.ToString("d MMM yyyy, HH:mm", CultureInfo.CurrentCulture);
        var iso = value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return new HtmlString($"<time datetime=\"{iso}\">{WebUtility.HtmlEncode(text)}</time>");
    }

    /// <summary>The runtime status as a labelled badge (text, not colour alone).</summary>
    public static IHtmlContent StatusBadge(RuntimeStatus status)
    {
        var css = status switch
        {
            RuntimeStatus.Running or RuntimeStatus.Pending => "site-badge-running",
            RuntimeStatus.Suspended => "site-badge-suspended",
            RuntimeStatus.Failed => "site-badge-failed",
            _ => "site-badge-ended",
        };
        return new HtmlString($"<span class=\"site-badge {css}\">{WebUtility.HtmlEncode(Texts.Status(status))}</span>");
    }

    /// <summary>The short form of an instance id shown in lists (the full id is in the link and the title).</summary>
    public static string ShortId(InstanceId id) => id.Value[..8];

    /// <summary>A tag value of an instance, or a dash.</summary>
    public static string Tag(WorkflowView instance, string tag, IDashboardLabels labels) =>
        instance.Tags.TryGetValue(tag, out var value) && value.Length > 0 ? labels.Describe(tag, value) : "—";

    /// <summary>True when the instance is open and its service level is past due at <paramref name="now"/>.</summary>
    public static bool IsOverdue(WorkflowView instance, DateTimeOffset now) =>
        !instance.IsTerminal
        && instance.Tags.TryGetValue(DashboardTags.SlaDueAt, out var due)
        && DashboardTags.ParseInstant(due) is { } at
        && at < now;
}
