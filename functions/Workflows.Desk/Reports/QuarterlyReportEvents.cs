namespace Workflows.Desk.Reports;

/// <summary>Event and timer names of <see cref="QuarterlyReportWorkflow"/>.</summary>
public static class QuarterlyReportEvents
{
    /// <summary>One of its e-mails did not reach a coordinator (<see cref="Requests.DeliveryFailure"/>): recorded, the others told.</summary>
    public const string EmailUndeliverable = "EmailUndeliverable";

    /// <summary>The host's figures for the quarter (<see cref="QuarterFigures"/>).</summary>
    public const string FiguresReady = "FiguresReady";

    /// <summary>Fires at 08:00 Europe/Rome on the first business day after the quarter ends.</summary>
    public const string QuarterEndTimer = "quarter-end";

    /// <summary>Local time of the quarter-end timer.</summary>
    public static TimeOnly QuarterEndTime { get; } = new(8, 0);
}
