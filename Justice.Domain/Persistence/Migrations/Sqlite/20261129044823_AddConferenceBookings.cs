using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Justice.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddConferenceBookings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite has no exclusion constraint: triggers refuse the same overlap inside the writing transaction.
            // SQLite serialises writers, so the check and the write are atomic; times are stored as sortable text.
            foreach (var (name, when) in new[]
            {
                ("TR_MeetingParticipation_NoOverlap_Insert", "BEFORE INSERT ON \"MeetingParticipation\""),
                ("TR_MeetingParticipation_NoOverlap_Update", "BEFORE UPDATE OF \"EndpointId\", \"Start\", \"End\", \"IsReleased\" ON \"MeetingParticipation\""),
            })
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{name}" {when}
                    WHEN NEW."IsReleased" = 0
                    BEGIN
                        SELECT RAISE(ABORT, 'ENDPOINT_DOUBLE_BOOKED')
                        WHERE EXISTS (SELECT 1 FROM "MeetingParticipation" p
                                      WHERE p."EndpointId" = NEW."EndpointId" AND p."Id" <> NEW."Id" AND p."IsReleased" = 0
                                        AND p."Start" < NEW."End" AND NEW."Start" < p."End");
                    END;
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"TR_MeetingParticipation_NoOverlap_Insert\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"TR_MeetingParticipation_NoOverlap_Update\";");
        }
    }
}
