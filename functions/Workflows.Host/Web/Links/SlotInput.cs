using Workflows.Desk.Requests;

namespace Workflows.Host.Web.Links;

/// <summary>One appointment slot as typed in the propose-slots form (Europe/Rome local date and time).</summary>
public sealed class SlotInput
{
    /// <summary>The day, <c>yyyy-MM-dd</c> (a date input).</summary>
    public string? Date { get; set; }

    /// <summary>The start, <c>HH:mm</c> (a time input).</summary>
    public string? Time { get; set; }

    /// <summary>The length in minutes.</summary>
    public int? Minutes { get; set; }

    /// <summary>At the desk or remote.</summary>
    public MeetingPlace? Place { get; set; }

    /// <summary>The video-call link, for a remote slot.</summary>
    public string? VideoUrl { get; set; }

    /// <summary>True when the partner typed anything that makes it a slot.</summary>
    public bool IsFilled => !string.IsNullOrWhiteSpace(Date) || !string.IsNullOrWhiteSpace(Time);
}
