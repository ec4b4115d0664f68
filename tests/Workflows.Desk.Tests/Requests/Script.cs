using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using static Workflows.Desk.Tests.Fixtures;

namespace Workflows.Desk.Tests.Requests;

/// <summary>Brings a request to a given step through the real transitions.</summary>
internal static class Script
{
    /// <summary>Monday 2 March 2026, 09:00 in Rome (+01:00).</summary>
    public static readonly DateTimeOffset Monday = Rome(2026, 3, 2, 9);

    public const string VideoUrl = "https://meet.example/sportello-burolo";

    /// <summary>Slot 1: at the Burolo desk on Monday 9 March 10:00–11:00 (open Monday 09:00–12:30).</summary>
    public static MeetingSlot AtDesk { get; } = new(Rome(2026, 3, 9, 10), 60, MeetingPlace.AtDesk);

    /// <summary>Slot 2: by video on Wednesday 11 March 15:00–15:45.</summary>
    public static MeetingSlot Remote { get; } = new(Rome(2026, 3, 11, 15), 45, MeetingPlace.Remote, VideoUrl);

    public static DeskRequestRun Review(DeskRequestInput? input = null, DateTimeOffset? at = null) =>
        DeskRequestRun.Start(at ?? Monday, input);

    public static DeskRequestRun NoEmail() => Review(Input(applicant: Mario(email: null)));

    public static DeskRequestRun Triage() => Review(Input(category: Category.YouthTrainingWork));

    public static DeskRequestRun Info(DeskRequestInput? input = null)
    {
        var run = Review(input);
        run.Accepted(DeskRequestEvents.PartnerAskedInfo, new InfoQuestion(run.Token, "Avete già un prototipo?"));
        return run;
    }

    public static DeskRequestRun Scheduling(DeskRequestInput? input = null)
    {
        var run = Review(input);
        run.Accepted(DeskRequestEvents.PartnerAccepted, new PartnerAcceptance(run.Token));
        return run;
    }

    public static DeskRequestRun Convocation(DeskRequestInput? input = null, params MeetingSlot[] slots)
    {
        var run = Scheduling(input);
        run.Accepted(DeskRequestEvents.SlotsProposed, new SlotProposal(run.Token, slots.Length == 0 ? [AtDesk, Remote] : slots));
        return run;
    }

    public static DeskRequestRun Confirmed(DeskRequestInput? input = null, int slot = 1)
    {
        var run = Convocation(input);
        run.Accepted(DeskRequestEvents.SlotConfirmed, new SlotChoice(run.Token, slot));
        return run;
    }

    public static DeskRequestRun AwaitingOutcome(DeskRequestInput? input = null)
    {
        var run = Confirmed(input);
        run.Fire(DeskRequestTimers.MeetingPassed);
        return run;
    }

    public static DeskRequestRun FollowUp(DeskRequestInput? input = null)
    {
        var run = AwaitingOutcome(input);
        run.Accepted(DeskRequestEvents.OutcomeRecorded, new OutcomeReport(run.Token, MeetingOutcome.Held, "Avviata la domanda di brevetto."));
        return run;
    }
}
