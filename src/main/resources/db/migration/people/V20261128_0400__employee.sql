-- People: the employee directory. Every employee belongs to an org unit (data segregation).
CREATE TABLE employee (
    id UUID NOT NULL,
    employee_number VARCHAR(32) NOT NULL,
    name VARCHAR(100) NOT NULL,
    name_en VARCHAR(100),
    email VARCHAR(254) NOT NULL,
    phone VARCHAR(40),
    org_unit_id UUID NOT NULL,
    position VARCHAR(100),
    manager_id UUID,
    hire_date DATE NOT NULL,
    leave_date DATE,
    status VARCHAR(20) NOT NULL,
    user_id UUID,
    -- lower-cased number, names and e-mail: case-insensitive search without function indexes
    search_text VARCHAR(500) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT employee_pk PRIMARY KEY (id),
    CONSTRAINT employee_number_uk UNIQUE (employee_number),
    CONSTRAINT employee_org_unit_fk FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT employee_manager_fk FOREIGN KEY (manager_id) REFERENCES employee (id),
    CONSTRAINT employee_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE SET NULL,
    CONSTRAINT employee_status_ck CHECK (status IN ('ACTIVE', 'ON_LEAVE', 'LEFT')),
    CONSTRAINT employee_leave_ck CHECK (leave_date IS NULL OR leave_date >= hire_date)
);
CREATE INDEX employee_org_unit_idx ON employee (org_unit_id);
CREATE INDEX employee_status_idx ON employee (status);
CREATE INDEX employee_manager_idx ON employee (manager_id);
CREATE INDEX employee_user_idx ON employee (user_id);
CREATE INDEX employee_name_idx ON employee (name);
CREATE INDEX employee_search_idx ON employee (search_text);
