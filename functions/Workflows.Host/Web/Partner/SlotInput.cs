namespace Workflows.Host.Web.Partner;

/// <summary>One slot row of the propose-slots form, as typed (Europe/Rome local date and time).</summary>
public sealed class SlotInput
{
    /// <summary>The day, <c>yyyy-MM-dd</c>.</summary>
    public string? Date { get; set; }

    /// <summary>The start time, <c>HH:mm</c>.</summary>
    public string? Time { get; set; }

    /// <summary>Length in minutes.</summary>
    public string? Duration { get; set; } = "60";

    /// <summary><c>AtDesk</c> or <c>Remote</c>.</summary>
    public string? Place { get; set; } = "AtDesk";

    /// <summary>The video-call link of a remote slot.</summary>
    public string? VideoUrl { get; set; }

    /// <summary>True when nothing that identifies a slot was typed (the row is left out).</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Date) && string.IsNullOrWhiteSpace(Time) && string.IsNullOrWhiteSpace(VideoUrl);
}
