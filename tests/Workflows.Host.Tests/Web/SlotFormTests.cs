using System.Globalization;
using Workflows.Desk.Model;
using Workflows.Desk.Calendar;
using Workflows.Host.Web.Desk;
using Workflows.Host.Web.Partner;

namespace Workflows.Host.Tests.Web;

public sealed class SlotFormTests
{
    private static readonly InnovationDesk Perosa = DemoDirectory.Create().FindDesk("perosa-canavese")!;

    [Fact]
    public void Given_a_desk_slot_on_8_December_then_the_partner_form_refuses_it_naming_the_holiday()
    {
        var errors = new FieldErrors();
        var now = BusinessCalendar.AtRome(new DateOnly(2026, 11, 30), new TimeOnly(10, 0));
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("it-IT");
        try
        {
            var slots = SlotForm.Read([new SlotInput { Date = "2026-12-08", Time = "10:00", Duration = "60", Place = "AtDesk" }], Perosa, now, errors);

            Assert.Null(slots);
            Assert.Equal("Data 1: martedì 8 dicembre è festivo (Immacolata Concezione) e lo sportello è chiuso. Scegliete un altro giorno, oppure una videochiamata.", errors[SlotForm.FieldId(1, "date")]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Given_a_desk_slot_on_the_next_opening_day_then_the_partner_form_takes_it()
    {
        var errors = new FieldErrors();
        var now = BusinessCalendar.AtRome(new DateOnly(2026, 11, 30), new TimeOnly(10, 0));

        var slots = SlotForm.Read([new SlotInput { Date = "2026-12-10", Time = "14:00", Duration = "60", Place = "AtDesk" }], Perosa, now, errors);

        Assert.Equal(0, errors.Count);
        Assert.Single(slots!);
    }

    [Fact]
    public void Given_a_desk_slot_in_the_desks_closure_then_the_partner_form_refuses_it_naming_the_closure()
    {
        var errors = new FieldErrors();
        var now = BusinessCalendar.AtRome(new DateOnly(2026, 11, 30), new TimeOnly(10, 0));
        var closed = Perosa with { Closures = [new DeskClosure(new(2026, 12, 10), new(2026, 12, 11), "inventario")] };
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("it-IT");
        try
        {
            var slots = SlotForm.Read([new SlotInput { Date = "2026-12-10", Time = "14:00", Duration = "60", Place = "AtDesk" }], closed, now, errors);

            Assert.Null(slots);
            Assert.Equal(
                "Data 1: giovedì 10 dicembre lo sportello è chiuso (inventario, 10 dicembre 2026 – 11 dicembre 2026). Scegliete un altro giorno, oppure una videochiamata.",
                errors[SlotForm.FieldId(1, "date")]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = previous;
        }
    }
}
