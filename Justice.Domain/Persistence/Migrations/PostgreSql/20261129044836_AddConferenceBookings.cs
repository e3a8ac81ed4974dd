using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Justice.Domain.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddConferenceBookings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The database itself refuses a double booking: two rows holding one endpoint over overlapping times
            // (half-open ranges, so back-to-back meetings are fine) cannot both be committed, whoever wins the race.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS btree_gist;");
            migrationBuilder.Sql("""
                ALTER TABLE "MeetingParticipation" ADD CONSTRAINT "EX_MeetingParticipation_EndpointTime"
                EXCLUDE USING gist ("EndpointId" WITH =, tstzrange("Start", "End", '[)') WITH &&) WHERE (NOT "IsReleased");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE "MeetingParticipation" DROP CONSTRAINT IF EXISTS "EX_MeetingParticipation_EndpointTime";""");
        }
    }
}
