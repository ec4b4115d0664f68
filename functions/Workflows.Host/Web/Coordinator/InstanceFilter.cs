using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Workflows.Host.Runtime;
using Workflows.Steps;

namespace Workflows.Host.Web.Coordinator;

/// <summary>The dashboard's filters, bound from the query string of the filter form (GET), so a filtered list can be bookmarked.</summary>
public sealed class InstanceFilter
{
    /// <summary>The Rome time zone: dates typed by coordinators are local days.</summary>
    public static TimeZoneInfo Rome { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    /// <summary>Workflow type.</summary>
    [FromQuery(Name = "workflow")]
    public string? Workflow { get; set; }

    /// <summary>Business step (custom status).</summary>
    [FromQuery(Name = "step")]
    public string? Step { get; set; }

    /// <summary>Runtime status.</summary>
    [FromQuery(Name = "status")]
    public RuntimeStatus? Status { get; set; }

    /// <summary>Request code, as desks and applicants say it (any case).</summary>
    [FromQuery(Name = "code")]
    public string? Code { get; set; }

    /// <summary>The applicant's name or e-mail, or part of it (desk requests).</summary>
    [FromQuery(Name = "applicant")]
    public string? Applicant { get; set; }

    /// <summary>Partner id.</summary>
    [FromQuery(Name = "partner")]
    public string? Partner { get; set; }

    /// <summary>Comune ISTAT code.</summary>
    [FromQuery(Name = "comune")]
    public string? Comune { get; set; }

    /// <summary>The ISTAT code of the comune the <see cref="Comune"/> filter names (set by the page from the directory); null to use the text as typed.</summary>
    public string? ComuneIstat { get; set; }

    /// <summary>Reads the comune filter as a name ("Burolo", "Burolo (TO)") or an ISTAT code.</summary>
    public InstanceFilter ResolveNames(IDashboardLabels labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ComuneIstat = Clean(Comune) is { } comune && !comune.All(char.IsAsciiDigit) ? labels.Find(DashboardTags.Comune, comune) : null;
        return this;
    }

    /// <summary>Category key.</summary>
    [FromQuery(Name = "category")]
    public string? Category { get; set; }

    /// <summary>Created on or after this day (Rome).</summary>
    [FromQuery(Name = "from")]
    public DateOnly? From { get; set; }

    /// <summary>Created on or before this day (Rome).</summary>
    [FromQuery(Name = "to")]
    public DateOnly? To { get; set; }

    /// <summary>Only open requests whose service level is overdue.</summary>
    [FromQuery(Name = "sla")]
    public bool? SlaBreached { get; set; }

    /// <summary>True when any filter is set.</summary>
    public bool Any =>
        Workflow is not null || Step is not null || Status is not null || Code is not null || Applicant is not null || Partner is not null || Comune is not null
        || Category is not null || From is not null || To is not null || SlaBreached == true;

    /// <summary>The step the step filter names (its label or its name); null when it is empty or names no step.</summary>
    public string? ResolvedStep => StepNames.Resolve(Step);

    /// <summary>True when the step filter holds text that names no step (the list says so, with the steps' names).</summary>
    public bool StepUnknown => Clean(Step) is not null && ResolvedStep is null;

    /// <summary>The applicant filter, trimmed; null when empty.</summary>
    public string? ApplicantText => Clean(Applicant);

    /// <summary>The engine query for these filters at <paramref name="now"/>.</summary>
    public WorkflowQuery ToQuery(DateTimeOffset now, int pageSize)
    {
        var tags = new Dictionary<string, string>();
        AddTag(tags, DashboardTags.Code, Clean(Code)?.ToUpperInvariant());
        AddTag(tags, DashboardTags.Partner, Partner);
        AddTag(tags, DashboardTags.Comune, ComuneIstat ?? Comune);
        AddTag(tags, DashboardTags.Category, Category);
        IReadOnlyCollection<RuntimeStatus>? statuses = Status is { } s ? [s] : null;
        Dictionary<string, string>? before = null;
        if (SlaBreached == true)
        {
            before = new() { [DashboardTags.SlaDueAt] = DashboardTags.FormatInstant(now) };
            statuses ??= [RuntimeStatus.Pending, RuntimeStatus.Running, RuntimeStatus.Suspended];
        }

        return new WorkflowQuery
        {
            WorkflowName = Clean(Workflow),
            CustomStatus = Clean(Step) is { } step ? [ResolvedStep ?? step] : null,
            RuntimeStatus = statuses,
            Tags = tags.Count > 0 ? tags : null,
            TagsBefore = before,
            CreatedFrom = From is { } from ? StartOfDay(from) : null,
            CreatedTo = To is { } to ? StartOfDay(to.AddDays(1)) : null,
            PageSize = pageSize,
        };
    }

    /// <summary>The filters as query-string pairs (for paging links and the export link).</summary>
    public IEnumerable<KeyValuePair<string, string?>> ToQueryString()
    {
        if (Clean(Workflow) is { } w) { yield return new("workflow", w); }
        if (Clean(Step) is { } st) { yield return new("step", st); }
        if (Status is { } s) { yield return new("status", s.ToString()); }
        if (Clean(Code) is { } code) { yield return new("code", code); }
        if (Clean(Applicant) is { } applicant) { yield return new("applicant", applicant); }
        if (Clean(Partner) is { } p) { yield return new("partner", p); }
        if (Clean(Comune) is { } c) { yield return new("comune", c); }
        if (Clean(Category) is { } cat) { yield return new("category", cat); }
        if (From is { } f) { yield return new("from", f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); }
        if (To is { } t) { yield return new("to", t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); }
        if (SlaBreached == true) { yield return new("sla", "true"); }
    }

    /// <summary>Midnight of <paramref name="day"/> in Rome, as an instant.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Rome.GetUtcOffset(local));
    }

    private static void AddTag(Dictionary<string, string> tags, string name, string? value)
    {
        if (Clean(value) is { } v)
        {
            tags[name] = v;
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
