namespace CivilityBot.Reminders;

public static class RemindersEndpointRouteBuilderExtensions
{
    /// <summary>Maps the delivery-report downloads linked from status cards and 提醒记录.</summary>
    public static IEndpointRouteBuilder MapReminders(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LiteDbReminderReportLinks.RoutePrefix + "{file}", ReminderReportEndpoint.Download);
        return endpoints;
    }
}
