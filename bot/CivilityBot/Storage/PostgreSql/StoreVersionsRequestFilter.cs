namespace CivilityBot.Storage.PostgreSql;

/// <summary>
/// On PostgreSQL, puts first in the HTTP pipeline a step that opens each request's place for the store versions read
/// together with the activity's claim (<see cref="PostgreSqlStoreVersions.BeginRequest"/>), so a turn's pin costs no
/// round trip of its own. On LiteDB it adds nothing.
/// </summary>
public sealed class StoreVersionsRequestFilter(IStoreVersions versions) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        if (versions is PostgreSqlStoreVersions postgres)
        {
            app.Use(async (context, following) =>
            {
                postgres.BeginRequest();
                await following(context);
            });
        }

        next(app);
    };
}
